// Dates and clock times: "May 20", "21 May 2024", "May 17-19", "July 3–4", "May 2023",
// "July-September 2004", "May 20, 2024", "2024-05-20", "2017/02/20", "10:30", "3 p.m.",
// "10.45pm".
#pragma once
#include "grammar/grammar.hpp"
#include "grammar/primitives.hpp"
#include "text/years.hpp"

namespace factsheet::grammar::rules {

using x3::_attr;
using x3::_pass;
using x3::_val;

inline bool any_month(const Lexicon&, std::uint32_t, bool) { return true; }
inline constexpr auto month_name = phrase(Table::month, &any_month, false);

auto const day_number = x3::uint_parser<int, 10, 1, 2>() >> !digit >>
                        -((kw("st") | kw("nd") | kw("rd") | kw("th")));
auto const year_number = x3::uint_parser<int, 10, 4, 4>() >> !digit;
auto const two_digits = x3::uint_parser<int, 10, 2, 2>() >> !digit;

inline constexpr auto valid_day = [](int d) { return d >= 1 && d <= 31; };
inline constexpr auto valid_year = [](int y) { return text::is_calendar_year(y); };

inline constexpr auto set_month = [](auto& ctx) { _val(ctx).month = source_of(ctx).lex.month(_attr(ctx).id); };
inline constexpr auto set_month2 = [](auto& ctx) { _val(ctx).month2 = source_of(ctx).lex.month(_attr(ctx).id); };
inline constexpr auto set_day = [](auto& ctx) {
  _pass(ctx) = valid_day(_attr(ctx));
  _val(ctx).day = _attr(ctx);
};
inline constexpr auto set_day2 = [](auto& ctx) {
  _pass(ctx) = valid_day(_attr(ctx)) && _attr(ctx) > _val(ctx).day;
  _val(ctx).day2 = _attr(ctx);
};
inline constexpr auto set_day2_any = [](auto& ctx) {
  _pass(ctx) = valid_day(_attr(ctx));
  _val(ctx).day2 = _attr(ctx);
};
inline constexpr auto set_year = [](auto& ctx) {
  _pass(ctx) = valid_year(_attr(ctx));
  _val(ctx).year = _attr(ctx);
};
inline constexpr auto set_month_number = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 12;
  _val(ctx).month = _attr(ctx);
};
inline constexpr auto set_date_span = [](auto& ctx) {
  auto& range = _attr(ctx);
  _val(ctx).begin = offset_of(ctx, &*range.begin());
  _val(ctx).end = offset_of(ctx, &*range.begin()) + static_cast<std::size_t>(range.end() - range.begin());
};

auto const year_after = ((-ws >> ',' >> ws) | ws) >> year_number[set_year];
// Each alternative starts from a clean date: actions of a failed branch leave no trace.
inline constexpr auto reset = [](auto& ctx) { _val(ctx) = {}; };
auto const fresh = x3::eps[reset];

x3::rule<class date_body_r, Date> const date_body = "date_body";
x3::rule<class date_r, Date> const date = "date";

auto const date_body_def =
    // "May 20", "May 17-19", "May 30-June 2", "May 20, 2024"
    (fresh >> month_name[set_month] >> ws >> day_number[set_day] >>
     -(((-ws >> dash >> -ws) | (ws >> role_word(SyntaxRole::range_to) >> ws)) >>
       (&(month_name >> ws >> day_number) >> month_name[set_month2] >> ws >> day_number[set_day2_any] |
        day_number[set_day2])) >>
     -year_after) |
    // "21 May", "20-21 May 2024", "30 July, 2002"
    (fresh >> day_number[set_day] >> -(((-ws >> dash >> -ws) | (ws >> role_word(SyntaxRole::range_to) >> ws)) >> day_number[set_day2]) >>
     ws >> month_name[set_month] >>
     -year_after) |
    // "May 2023", "May, 2023"
    (fresh >> month_name[set_month] >> -(-ws >> ',') >> ws >> year_number[set_year]) |
    // "July-September 2004", "July to September 2004", "between July and September 2004":
    // months of one year
    (fresh >> month_name[set_month] >> ((-ws >> dash >> -ws) | (ws >> role_word(SyntaxRole::range_to) >> ws)) >>
     month_name[set_month2] >> ws >> year_number[set_year]) |
    (fresh >> role_word(SyntaxRole::range_between) >> ws >> month_name[set_month] >> ws >>
     role_word(SyntaxRole::additive) >> ws >> month_name[set_month2] >> ws >> year_number[set_year]) |
    // "2024-05-20", "2017/02/20"
    (fresh >> year_number[set_year] >> '-' >> two_digits[set_month_number] >> '-' >> two_digits[set_day]) |
    (fresh >> year_number[set_year] >> '/' >> two_digits[set_month_number] >> '/' >> two_digits[set_day]);
auto const date_def = x3::raw[date_body[([](auto& ctx) { _val(ctx) = _attr(ctx); })]][set_date_span];

BOOST_SPIRIT_DEFINE(date_body, date)

// ---- clock times --------------------------------------------------------------------
inline constexpr auto set_hour = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 0 && _attr(ctx) <= 24;
  _val(ctx).hour = _attr(ctx);
};
inline constexpr auto set_minute = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) >= 0 && _attr(ctx) <= 59;
  _val(ctx).minute = _attr(ctx);
};
inline constexpr auto to_pm = [](auto& ctx) {
  _pass(ctx) = _val(ctx).hour >= 1 && _val(ctx).hour <= 12;
  if (_val(ctx).hour < 12) _val(ctx).hour += 12;
};
inline constexpr auto to_am = [](auto& ctx) {
  _pass(ctx) = _val(ctx).hour >= 1 && _val(ctx).hour <= 12;
  if (_val(ctx).hour == 12) _val(ctx).hour = 0;
};

auto const hour_number = x3::uint_parser<int, 10, 1, 2>() >> !digit;
auto const am = (kw("a.m.") | kw("a.m") | kw("am"));
auto const pm = (kw("p.m.") | kw("p.m") | kw("pm"));
auto const meridiem = am[to_am] | pm[to_pm];
auto const zone = ws >> (x3::lit("GMT") | "UTC" | "BST" | "CEST" | "CET" | "EST" | "EDT" | "ET" | "PST" |
                         "PDT" | "PT" | "CST" | "CDT" | "JST" | "IST" | "MSK") >>
                  word_end;
// A 24-hour clock also reads as one before "local time" ("at 2100 local time"), where a bare
// four-digit number would be a year.
auto const zone24 = zone | (ws >> x3::lit("local time") >> word_end);

x3::rule<class time_body_r, Time> const time_body = "time_body";
x3::rule<class time_r, Time> const time = "time";

auto const time_body_def =
    (hour_number[set_hour] >> (x3::lit(':') | '.') >> two_digits[set_minute] >> -ws >> meridiem >> -zone) |
    (hour_number[set_hour] >> ':' >> two_digits[set_minute] >> -(':' >> two_digits) >> -zone) |
    (hour_number[set_hour] >> -ws >> meridiem >> -zone) |
    // "kick-off 1500 GMT": a 24-hour clock needs its zone to be told from a year or count.
    (x3::uint_parser<int, 10, 2, 2>()[set_hour] >> two_digits[set_minute] >> zone24) |
    (hour_number[set_hour] >> ws >> (kw("o'clock") | kw("o\xE2\x80\x99" "clock")));
auto const time_def = x3::raw[time_body[([](auto& ctx) { _val(ctx) = _attr(ctx); })]][set_date_span];

BOOST_SPIRIT_DEFINE(time_body, time)

}  // namespace factsheet::grammar::rules
