// The frame rules the audit relies on, read from texts run through the extractor: the
// period (rate bases, unanchored relative times, fractions), the measure a verb of change
// gives, and which figures of a sentence are a revision.
#include <gtest/gtest.h>

#include <string>

#include "audit/revision.hpp"
#include "frame/vocabulary.hpp"
#include "lexicon/embedded.hpp"
#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::audit_texts;

// The claim of `text` in one story of one sentence, extracted with `year`.
Claim claim_of(const std::string& sentence, const std::string& text, std::optional<int> year = std::nullopt) {
  auto run = audit_texts({{"a.txt", "A story\n\n" + sentence + "\n"}}, year);
  for (const Claim& c : run.claims)
    if (c.text == text) return c;
  ADD_FAILURE() << "no figure " << text << " in " << sentence;
  return {};
}

std::string period(const std::string& sentence, const std::string& text, std::optional<int> year = std::nullopt) {
  return claim_of(sentence, text, year).period.value_or("(none)");
}

std::string measure(const std::string& sentence, const std::string& text) {
  return claim_of(sentence, text).measure.value_or("(none)");
}

std::string entity(const std::string& sentence, const std::string& text) {
  return claim_of(sentence, text).entity.value_or("(none)");
}

std::string role(const std::string& sentence, const std::string& text) {
  return claim_of(sentence, text).role.value_or("(none)");
}

TEST(FrameRules, AnnualRateIsABasisOfItsOwnFigureOnly) {
  EXPECT_EQ(period("The US economy grew at an annual rate of 3.8% in the last quarter of 2004.", "3.8%"),
            "annual rate Q4 2004");
  EXPECT_EQ(period("UK inflation hit an annual rate of 1.6% in 2004.", "1.6%"), "annual rate 2004");
  // Another number between them: the basis is that number's.
  EXPECT_EQ(period("Growth was at an annual rate of 4% in the third quarter of 2004 and for the year it came in "
                   "at 4.4%.",
                   "4.4%"),
            "Q3 2004");
  // Past a comma after the figure: another clause's.
  EXPECT_EQ(period("Output in the period grew just 0.1%, an annual rate of 0.3%.", "0.1%"), "(none)");
  // Control: "annual sales" is a year's figure.
  EXPECT_EQ(period("Tesco's annual sales reached £30bn in 2004.", "£30bn"), "2004");
}

TEST(FrameRules, AYearsFigureWithItsYearIsThatYear) {
  EXPECT_EQ(period("Tesco's annual sales reached £30bn in 2004.", "£30bn"), "2004");
  EXPECT_EQ(period("Tesco's sales reached £30bn last year.", "£30bn", 2005), "2004");
  EXPECT_EQ(period("Tesco's quarterly sales reached £8bn in 2004.", "£8bn"), "quarter 2004");
}

TEST(FrameRules, AnUnresolvedRelativeTimeStaysAsWritten) {
  EXPECT_EQ(period("Tesco's sales reached £30bn last year.", "£30bn"), "last year");
  EXPECT_EQ(period("Tesco's sales fell 2% last month.", "2%"), "last month");
  // A basis phrase dates the earlier value, not the value reached.
  EXPECT_EQ(period("GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier.", "$51.2bn", 2005), "(none)");
  EXPECT_EQ(period("GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier.", "$48.8bn", 2005), "2004");
}

TEST(FrameRules, HalfIsAPeriodOnlyAsOne) {
  EXPECT_EQ(period("Fannie Mae finances nearly half of all US house purchases.", "nearly half of all US house purchases"), "(none)");
  EXPECT_EQ(period("Tesco's sales rose 5% in the second half of 2004.", "5%"), "second half 2004");
}

TEST(FrameRules, AHalfIsAnchoredByTheArticlesDate) {
  // The latest such half begun by the article's date: the second half begins in July.
  EXPECT_EQ(period("LONDON, Nov 5 (Reuters) - Acme's sales rose 4% in the second half.", "4%", 2004), "second half 2004");
  EXPECT_EQ(period("LONDON, Mar 2 (Reuters) - Acme's sales rose 4% in the second half.", "4%", 2005), "second half 2004");
  EXPECT_EQ(period("LONDON, Mar 2 (Reuters) - Acme's sales rose 4% in the first half.", "4%", 2005), "first half 2005");
  // Control: without a date the half is not anchored.
  EXPECT_EQ(period("Acme's sales rose 4% in the first half.", "4%"), "first half");
}

TEST(FrameRules, TheVerbOfChangeSaysWhatTheEconomyMeasures) {
  EXPECT_EQ(measure("Germany's economy grew 1.6% in 2004.", "1.6%"), "growth");
  EXPECT_EQ(measure("The US economy grew at an annual rate of 3.9% in the third quarter.", "3.9%"), "growth");
  EXPECT_EQ(measure("China's economy expanded by 9.5% in 2004.", "9.5%"), "growth");
  // Controls: a measure noun keeps its measure; a rate is the verb's only right after it.
  EXPECT_EQ(measure("Germany's exports grew 1.6% in 2004.", "1.6%"), "export");
  EXPECT_EQ(measure("US interest rates increased to 2% in December.", "2%"), "interest rate");
  EXPECT_EQ(measure("That is a 5.5% increase and sits against an inflation rate of 1.6%.", "1.6%"), "inflation rate");
}

std::string scope(const std::string& sentence, const std::string& text) {
  return claim_of(sentence, text).scope.value_or("(none)");
}

TEST(FrameRules, AWordUsedMostlyAsAModifierIsNoMeasure) {
  // WordNet lists "maximum", "average" and "former" as nouns too, but SemCor tags them
  // mostly as adjectives: the noun they modify is the measure, and they its scope.
  EXPECT_EQ(measure("The maximum fine is $32,500 for each breach.", "$32,500"), "fine");
  EXPECT_EQ(scope("The maximum fine is $32,500 for each breach.", "$32,500"), "maximum");
  EXPECT_EQ(measure("Average earnings rose 4.3% in the year to December.", "4.3%"), "earnings");
  // Controls: nouns that are mostly nouns stay measures.
  EXPECT_EQ(measure("Its share price rose 5% to 530p.", "5%"), "share price");
  EXPECT_EQ(measure("Profits fell 12% to £21.5m last year.", "£21.5m"), "profit");
}

TEST(FrameRules, AMeasureWordNetListsAsOnePhraseStaysWhole) {
  EXPECT_EQ(measure("Japan's gross domestic product rose 0.3% in the third quarter.", "0.3%"),
            "gross domestic product");
  EXPECT_EQ(measure("The national minimum wage is £4.85.", "£4.85"), "minimum wage");
  EXPECT_EQ(scope("The national minimum wage is £4.85.", "£4.85"), "national");
  EXPECT_EQ(measure("Council tax bills will rise by 4% in April.", "4%"), "council tax");
}

TEST(FrameRules, AThingWrittenWithACapitalIsNoEntity) {
  // WordNet writes "TV", "PC", "GDP" and "Christmas" with capitals for things; an
  // organisation ("FBI") or a place stays an entity, and so does a name WordNet lacks.
  EXPECT_EQ(claim_of("Sales of PCs rose 5% last year.", "5%").entity, std::nullopt);
  EXPECT_EQ(claim_of("It said TV companies lost 19% of viewers.", "19%").entity, std::nullopt);
  EXPECT_EQ(claim_of("Christmas sales rose 5%.", "5%").entity, std::nullopt);
  EXPECT_EQ(claim_of("I've spent $2,000 on it.", "$2,000").entity, std::nullopt);
  EXPECT_EQ(claim_of("The FBI received 30 complaints.", "30 complaints").entity, "fbi");
  EXPECT_EQ(claim_of("Sony's profits rose 5%.", "5%").entity, "sony");
}

TEST(FrameRules, TheCountryOfACurrencyIsNoEntity) {
  // "US dollars", "Swiss francs" name a currency; the figures around them are not about
  // the United States or Switzerland. A country outside a currency name still is.
  const std::string trade = "Bilateral trade reached 41 billion US dollars, seven years ahead of schedule.";
  EXPECT_EQ(claim_of(trade, "41 billion US dollars").entity, std::nullopt);
  EXPECT_EQ(claim_of(trade, "seven years").entity, std::nullopt);
  EXPECT_EQ(claim_of("Revenue at Nestle dipped 1.4% to 86.7bn Swiss francs.", "86.7bn Swiss francs").entity, "nestle");
  EXPECT_EQ(claim_of("US exports rose to 41 billion US dollars.", "41 billion US dollars").entity, "United States");
}

// The revision pairs of one sentence, as "old>new" texts.
std::vector<std::string> revisions(const std::string& sentence) {
  auto run = audit_texts({{"a.txt", "A story\n\n" + sentence + "\n"}});
  std::vector<std::string> out;
  for (const Finding* f : run.with(Status::revised)) {
    std::string pair;
    for (const std::string& t : run.texts(*f)) pair += (pair.empty() ? "" : "|") + t;
    out.push_back(pair);
  }
  return out;
}

TEST(FrameRules, RevisionPairs) {
  EXPECT_EQ(revisions("The Labor Department revised up the number of jobs created in the two previous months - to "
                      "139,000 in September instead of 96,000, and to 198,000 in August instead of 128,000."),
            (std::vector<std::string>{"139,000|96,000", "198,000|128,000"}));
  EXPECT_EQ(revisions("A previous estimate of 0.1% growth between July and September was downgraded to a 0.3% "
                      "decline."),
            (std::vector<std::string>{"0.1%|0.3%"}));
  EXPECT_EQ(revisions("The ONS revised the annual 2004 rate of growth down from the 5.9% estimated in November to "
                      "3.2%."),
            (std::vector<std::string>{"5.9%|3.2%"}));
  // No revision word: a change from one value to another.
  EXPECT_TRUE(revisions("Sales rose to 3.2% from 2.9% in November.").empty());
  // A revision word far from the figures, in another clause, says nothing about them.
  EXPECT_TRUE(revisions("Analysts revised their views on the economy; sales rose to 3.2% from 2.9% in November.").empty());
  // "a revised 0.6% increase": that figure is itself the revised one, of October.
  EXPECT_TRUE(revisions("Output rose 0.3% in November from a revised 0.6% increase in October.").empty());
}

TEST(FrameRules, AQuarterNamedByItsMonthsIsTheCalendarQuarter) {
  // The year's closing quarter, with its year; "the last quarter" alone is the latest one.
  EXPECT_EQ(period("Germany's economy shrank 0.2% in the last three months of 2004.", "0.2%"), "Q4 2004");
  EXPECT_EQ(period("GE's net profits were $5.37bn for the final three months of 2004.", "$5.37bn"), "Q4 2004");
  EXPECT_EQ(period("The firm's revenue nearly tripled in the fourth quarter of 2004, exceeding $86m.", "exceeding $86m"),
            "Q4 2004");
  EXPECT_EQ(period("Growth slowed dramatically in the last quarter, to 0.3%.", "0.3%"), "quarter");
  // The month that ends it, with its day and year or not.
  EXPECT_EQ(period("Japan's economy grew by just 0.1% in the three months to September.", "0.1%"), "Q3");
  EXPECT_EQ(period("Operating profit in the three months to 31 December was 9.5bn kronor.", "9.5bn kronor"), "Q4");
  EXPECT_EQ(period("The airline made a profit of £75m in the three months to 31 December 2004.", "£75m"), "Q4 2004");
  EXPECT_EQ(period("Google made a net profit of $52m in the quarter ending 30 September.", "$52m"), "Q3");
  EXPECT_EQ(period("Net profit in the six months ending 31 December rose to A$458m.", "A$458m"), "second half");
  // A span of months: "between July and September", "the October-to-December period".
  EXPECT_EQ(period("The US economy grew at an annual rate of 3.7% in the three months between July and September.",
                   "3.7%"),
            "annual rate Q3");
  EXPECT_EQ(period("The US giant earned $630m in the October-to-December period, down from $1bn in the fourth "
                   "quarter of 2003.",
                   "$630m"),
            "Q4");
  EXPECT_EQ(period("The US giant earned $630m in the October-to-December period, down from $1bn in the fourth "
                   "quarter of 2003.",
                   "$1bn"),
            "Q4 2003");
  // Controls: a fiscal period that ends in another month, and two months that are no span.
  EXPECT_EQ(period("Nike posted a profit of $261.9m for the three months to 30 November.", "$261.9m"), "quarter --11-30");
  EXPECT_EQ(period("Sales rose 4% in July and September.", "4%"), "(none)");
}

TEST(FrameRules, AMonthInTheFiguresClauseIsItsPeriod) {
  EXPECT_EQ(period("According to the INSEE, car sales fell 2.8% in January, following a fall of 0.6% in December.",
                   "2.8%"),
            "--01");
  EXPECT_EQ(period("According to the INSEE, car sales fell 2.8% in January, following a fall of 0.6% in December.",
                   "0.6%"),
            "--12");
  EXPECT_EQ(period("In December, overall retail sales rose by 1.1%.", "1.1%"), "--12");
  EXPECT_EQ(period("New loans in December rose to 83,000.", "83,000"), "--12");
  // Controls: a month of another clause, a span of months, a month further back than the
  // figure's verb.
  EXPECT_EQ(period("Output dropped 0.1%, matching a fall in October.", "0.1%"), "(none)");
  EXPECT_EQ(period("The value of trade in April-July rose to $186.3m.", "$186.3m"), "(none)");
  EXPECT_EQ(period("Output matched a fall in October and confounded economists' expectations of a 0.3% rise.", "0.3%"),
            "(none)");
}

TEST(FrameRules, TheYearOfAQuarterIsNotTheEarlierValues) {
  // The value a change starts from is of the year before, not of the quarter's year.
  const std::string marsh = "Marsh posted a $676m loss for the last three months of 2004, against a $375m profit a year "
                            "before.";
  EXPECT_EQ(period(marsh, "$676m"), "Q4 2004");
  EXPECT_EQ(claim_of(marsh, "$375m").role.value_or(""), "earlier");
  EXPECT_NE(period(marsh, "$375m"), "Q4 2004");
  // "from" before an article names a source as often as an earlier value: no cue there.
  EXPECT_EQ(claim_of("They plan to seize 12,900 acres from the 32,000 acre farm.", "32,000 acre").role.value_or(""),
            "current");
}

TEST(FrameRules, ALevelCrossedIsAValueReachedNotAChange) {
  EXPECT_EQ(role("Brent crude rose above $50 a barrel on Monday.", "above $50 a barrel"), "current");
  EXPECT_EQ(role("Inflation fell below 10% in the spring.", "below 10%"), "current");
  // Controls: a bound on the size of the change, and a plain change.
  EXPECT_EQ(role("Brent crude rose more than $5 a barrel on Monday.", "more than $5 a barrel"), "change");
  EXPECT_EQ(role("Inflation fell 2% in the spring.", "2%"), "change");
}

TEST(FrameRules, AnInfinitiveAfterAForecastVerbsObjectIsAForecast) {
  EXPECT_EQ(role("The EU expects the German deficit to fall to 2.9% of GDP next year.", "2.9%"), "forecast");
  EXPECT_EQ(role("Toshiba expects sales of HD-DVDs to reach 300bn yen by 2010.", "300bn yen"), "forecast");
  EXPECT_EQ(role("He said he expected the embargo to be lifted within six months.", "within six months"), "forecast");
  EXPECT_EQ(measure("Homeowners now expect house prices to rise by 1% over the next six months.", "1%"), "price");
  // Controls: a clause of its own after the cue, a verb of another clause after the
  // infinitive, and a dash between the cue and the figure.
  EXPECT_EQ(role("It is such a tempting target that there are thought to be more than 100,000 viruses.",
                 "more than 100,000 viruses"),
            "current");
  EXPECT_EQ(role("A plan to raise new money in 2003 cut GM's stake in half to 10%.", "10%"), "current");
  EXPECT_EQ(role("Borrowing is tipped to fall to 31bn pounds by 2006 - but that is still 2bn pounds more than planned.",
                 "2bn pounds"),
            "current");
}

TEST(FrameRules, ATimeInThePossessiveIsNoEntityNorMeasure) {
  EXPECT_EQ(entity("Fiat shares erased Monday's 4% gain.", "4%"), "(none)");
  EXPECT_EQ(measure("Fiat shares erased Monday's 4% gain.", "4%"), "(none)");
  EXPECT_EQ(measure("The deficit for goods alone was 4.6bn pounds, down from October's 5bn pounds.", "5bn pounds"), "(none)");
  EXPECT_EQ(entity("Analysts expected December's figure to come in at 58.1.", "58.1"), "(none)");
  // Control: a company named by a common word keeps its possessive.
  EXPECT_EQ(entity("Next's shares fell more than 3% on Thursday.", "more than 3%"), "next");
}

TEST(FrameRules, ACountryDescribingANamedCompanyIsNotTheEntity) {
  EXPECT_EQ(entity("UK sportswear firm Umbro has posted a 222% rise in annual profit.", "222%"), "umbro");
  EXPECT_EQ(entity("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.", "$1.13bn"), "timewarner");
  EXPECT_EQ(entity("Shares in Australian budget airline Virgin Blue plunged 20% on Monday.", "20%"), "virgin blue");
  // Controls: the place is the entity when no name follows, or when the name modifies another
  // noun.
  EXPECT_EQ(entity("UK house prices rose 0.5% in January.", "0.5%"), "United Kingdom");
  EXPECT_EQ(entity("About 80,000 people in the UK download TV programmes.", "About 80,000 people"), "United Kingdom");
}

TEST(FrameRules, ANameAfterAPlacesPossessiveIsTheEntity) {
  EXPECT_EQ(entity("Japan's Toyota sold 7.6 million vehicles last year.", "7.6 million vehicles"), "toyota");
  EXPECT_EQ(entity("Profits at Germany's DaimlerChrysler rose 5% in the quarter.", "5%"), "daimlerchrysler");
  EXPECT_EQ(entity("Analysts expect Australia's BHP Billiton to seek rises of up to 70%.", "up to 70%"), "bhp billiton");
  EXPECT_EQ(entity("Staff at the UK's Department of Work and Pensions got a 3% rise.", "3%"),
            "department of work and pensions");
  // A verb after a described name makes it the clause's subject.
  EXPECT_EQ(entity("US oil giant ExxonMobil signed a $12.8bn deal on Sunday.", "$12.8bn"), "exxonmobil");
  // Controls: a measure written with a capital, a month, an adjective and an office keep
  // the place.
  EXPECT_EQ(entity("Japan's GDP grew 0.1% in the quarter.", "0.1%"), "Japan");
  EXPECT_EQ(entity("Britain's December retail sales rose 2%.", "2%"), "United Kingdom");
  EXPECT_EQ(entity("Banks may sell up to 49% of Malaysia's Islamic banking units.", "up to 49%"), "Malaysia");
  EXPECT_EQ(entity("Germany's Chancellor Gerhard Schroeder signed a deal worth 1bn euros.", "1bn euros"), "Germany");
  EXPECT_EQ(entity("The strategist helped Australia's PM, John Howard, win four elections.", "four elections"),
            "Australia");
}

TEST(FrameRules, APlaceAfterACompanysFigureIsItsScope) {
  Claim uk = claim_of("Sales at Tesco rose 5% in the UK in 2004.", "5%");
  EXPECT_EQ(uk.entity.value_or("(none)"), "tesco");
  EXPECT_EQ(uk.scope.value_or("(none)"), "united kingdom");
  Claim mac = claim_of("Apple expects the Mac mini to sell for $499 in the US.", "$499");
  EXPECT_NE(mac.scope.value_or("").find("united states"), std::string::npos) << mac.scope.value_or("(none)");
  // Control: without a company, the place is the entity ("12.1% in Germany").
  EXPECT_EQ(entity("Unemployment rose to 12.1% in Germany.", "12.1%"), "Germany");
}

TEST(FrameRules, APlaceThatClosesACompanysNameIsPartOfIt) {
  EXPECT_EQ(entity("Heineken Malaysia rose 18 sen to RM23.50.", "18 sen"), "heineken malaysia");
  EXPECT_EQ(entity("Air China plans to raise $1bn from the flotation.", "$1bn"), "air china");
  EXPECT_EQ(entity("The fourth-quarter losses at General Motors Europe totalled $345m.", "$345m"),
            "general motors europe");
  // Controls: an adjective before the place describes it, a place named by an adjective or
  // before a hyphen describes what follows, and a participle opening the sentence is no name.
  EXPECT_EQ(entity("New EU rules set compensation at 600 euros.", "600 euros"), "European Union");
  EXPECT_EQ(entity("Former European 200m champion Dougie Walker is to retire.", "200m"), "European Union");
  EXPECT_EQ(entity("Visiting China, the minister signed deals worth $2bn.", "$2bn"), "China");
}

TEST(FrameRules, TheOwnerRightBeforeAFigureIsItsEntity) {
  // A possessive name before the figure, modifiers between, outranks the names the subject
  // holds after it: Wales's games are not the Six Nations', Netcraft's stations not the US's.
  EXPECT_EQ(entity("Charvis is unlikely to play in Wales' final two games of the Six Nations.", "two games"), "wales");
  EXPECT_EQ(entity("I miss England's last two games in the Six Nations.", "two games"), "england");
  EXPECT_EQ(entity("By contrast Netcraft's four monitoring stations in the US saw the site.", "four monitoring stations"),
            "netcraft");
  EXPECT_EQ(entity("Just 13 of Britain's 659 MPs are from ethnic minority groups.", "659 MPs"), "United Kingdom");
  // The name is the capitalised words right before the possessive, not across a comma.
  EXPECT_EQ(entity("Drogba, Chelsea's £24m striker, has missed three weeks.", "£24m"), "chelsea");
  // Controls: a contraction, a time in the possessive, and a verb between are no owner.
  EXPECT_EQ(entity("It's one thing taking pictures in London.", "one thing"), "london");
  EXPECT_NE(entity("Sales fell after December's 4% rise in car sales.", "4%"), "december");
  EXPECT_NE(entity("Google's chief said 200 jobs would go.", "200 jobs"), "google");
}


TEST(FrameRules, ANameOpeningTheSentenceIsTheEntity) {
  // A capitalised word that WordNet and the word list never write in lower case names an
  // entity at a sentence's start too.
  EXPECT_EQ(entity("Toyota sold 7.4 million vehicles in 2004.", "7.4 million vehicles"), "toyota");
  EXPECT_EQ(entity("Barclays made a profit of £1.2bn in 2004.", "£1.2bn"), "barclays");
  EXPECT_EQ(entity("Parmalat's debts reached 14bn euros.", "14bn euros"), "parmalat");
  // Controls: common words, their plurals and forms, a nationality, a hyphenated compound,
  // a month and a participle say nothing by their capital.
  EXPECT_EQ(entity("Analysts said sales rose 5% in 2004.", "5%"), "(none)");
  EXPECT_EQ(entity("Shares fell 5% to 300p.", "5%"), "(none)");
  EXPECT_EQ(entity("Gamers spent $20 each.", "$20"), "(none)");
  EXPECT_EQ(entity("Britons spent £2bn abroad.", "£2bn"), "(none)");
  EXPECT_EQ(entity("Card-not-present fraud rose 6%.", "6%"), "(none)");
  EXPECT_EQ(entity("January sales rose 5%.", "5%"), "(none)");
  EXPECT_EQ(entity("Speaking on Monday, officials said 300 jobs would go.", "300 jobs"), "(none)");
  // A name describing the name after it ("Tory leader Michael Howard") gives way to it.
  EXPECT_EQ(entity("Glasgow group Franz Ferdinand won two prizes.", "two prizes"), "franz ferdinand");
}

TEST(FrameRules, TheCommonWordsAndAdjectivesAreSortedForTheirSearch) {
  // FrameVocabulary::common_word searches the embedded table in place, by byte offset: its
  // lines must be sorted by byte and unique.
  std::string_view table;
  for (const auto& f : embedded::files())
    if (f.name == "common_words.tsv") table = f.content;
  ASSERT_FALSE(table.empty());
  std::string_view previous;
  std::size_t words = 0;
  for (std::size_t at = 0; at < table.size();) {
    std::size_t nl = std::min(table.find('\n', at), table.size());
    std::string_view line = table.substr(at, nl - at);
    at = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    EXPECT_LT(previous, line);
    previous = line;
    ++words;
  }
  EXPECT_GT(words, 50000u);
  const auto& v = frame::FrameVocabulary::embedded();
  for (std::string_view w : {"aardvark", "analyst", "however", "january", "gamer", "zebra"}) EXPECT_TRUE(v.common_word(w)) << w;
  for (std::string_view w : {"toyota", "barclays", "tesco", "", "zzzz"}) EXPECT_FALSE(v.common_word(w)) << w;
  // The adjectives are one sorted block of frame_nouns.tsv, searched the same way.
  std::string_view nouns;
  for (const auto& f : embedded::files())
    if (f.name == "frame_nouns.tsv") nouns = f.content;
  std::string_view last_adjective;
  int blocks = 0;
  bool in_block = false;
  for (std::size_t at = 0; at < nouns.size();) {
    std::size_t nl = std::min(nouns.find('\n', at), nouns.size());
    std::string_view line = nouns.substr(at, nl - at);
    at = nl + 1;
    bool adjective = line.ends_with("\tadjective");
    if (adjective && !in_block) ++blocks;
    in_block = adjective;
    if (!adjective) continue;
    std::string_view word = line.substr(0, line.find('\t'));
    EXPECT_LT(last_adjective, word);
    last_adjective = word;
  }
  EXPECT_EQ(blocks, 1);
  for (std::string_view w : {"a-ok", "american", "new", "former", "zymotic"}) EXPECT_TRUE(v.adjective(w)) << w;
  for (std::string_view w : {"toyota", "sales", "", "zzzz", "aaa"}) EXPECT_FALSE(v.adjective(w)) << w;
}
}  // namespace
}  // namespace factsheet::audit
