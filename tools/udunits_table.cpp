// Build-time generator: turns the UDUNITS-2 XML database into two tables that the
// lexicon embeds beside grammars/*.tsv.
//   udunits_units.tsv  every unit name (singular, plural), symbol and alias, and every
//                      SI-prefixed form of the SI and SI-accepted units (kPa, hectolitre,
//                      μg), with its canonical symbol, dimension and case rule;
//   udunits_si.tsv     for every canonical symbol, of these units and of grammars/units.tsv,
//                      the factor and offset to its SI unit, computed by the UDUNITS-2
//                      library itself (ut_get_converter).
// usage: udunits_table XML_DIR UNITS_TSV CONVERSIONS_TSV OUT_UNITS OUT_SI
#include <udunits2.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/utf8.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using factsheet::text::append_utf8;

// Text of an element: entities decoded, surrounding spaces trimmed.
std::string decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      auto semi = s.find(';', i);
      std::string ent = s.substr(i + 1, semi - i - 1);
      if (ent.size() > 2 && ent[0] == '#' && (ent[1] == 'x' || ent[1] == 'X'))
        append_utf8(out, static_cast<unsigned>(std::stoul(ent.substr(2), nullptr, 16)));
      else if (ent.size() > 1 && ent[0] == '#')
        append_utf8(out, static_cast<unsigned>(std::stoul(ent.substr(1))));
      else if (ent == "amp") out += '&';
      else if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      i = semi;
    } else {
      out += s[i];
    }
  }
  auto b = out.find_first_not_of(" \t\r\n"), e = out.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : out.substr(b, e - b + 1);
}

std::string strip_comments(std::string s) {
  for (std::size_t p; (p = s.find("<!--")) != std::string::npos;) s.erase(p, s.find("-->", p) + 3 - p);
  return s;
}

// Contents of every <tag ...>...</tag> in s.
std::vector<std::string> elements(const std::string& s, const std::string& tag) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while ((pos = s.find("<" + tag, pos)) != std::string::npos) {
    char after = s[pos + 1 + tag.size()];
    if (after != '>' && after != ' ') { ++pos; continue; }
    auto open_end = s.find('>', pos);
    auto close = s.find("</" + tag + ">", open_end);
    if (close == std::string::npos) break;
    out.push_back(s.substr(open_end + 1, close - open_end - 1));
    pos = close;
  }
  return out;
}

struct Name {
  std::string singular, plural;  // plural empty: none
};

struct XmlUnit {
  std::string file;  // base, derived, accepted, common
  std::vector<Name> names;
  std::vector<std::string> symbols;
};

// UDUNITS-2's own rule for a plural not given in the database.
std::string default_plural(const std::string& s) {
  auto ends = [&](const std::string& t) { return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0; };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return s + "es";
  if (s.size() > 1 && s.back() == 'y' && std::string("aeiou").find(s[s.size() - 2]) == std::string::npos)
    return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

std::vector<XmlUnit> read_units(const std::string& dir, const std::string& file) {
  std::vector<XmlUnit> out;
  std::string text = strip_comments(read_file(dir + "/udunits2-" + file + ".xml"));
  for (const std::string& u : elements(text, "unit")) {
    XmlUnit x;
    x.file = file;
    bool no_plural_all = u.find("<noplural/>") != std::string::npos;
    for (const std::string& n : elements(u, "name")) {
      auto sing = elements(n, "singular");
      if (sing.empty()) continue;
      Name name{decode(sing[0]), ""};
      auto pl = elements(n, "plural");
      if (!pl.empty()) name.plural = decode(pl[0]);
      else if (n.find("<noplural/>") == std::string::npos && !no_plural_all) name.plural = default_plural(name.singular);
      x.names.push_back(name);
    }
    for (const std::string& s : elements(u, "symbol")) x.symbols.push_back(decode(s));
    out.push_back(std::move(x));
  }
  return out;
}

struct Prefix {
  double value;
  std::string name;
  std::vector<std::string> symbols;
};

std::vector<Prefix> read_prefixes(const std::string& dir) {
  std::vector<Prefix> out;
  std::string text = strip_comments(read_file(dir + "/udunits2-prefixes.xml"));
  for (const std::string& p : elements(text, "prefix")) {
    Prefix x{std::stod(decode(elements(p, "value").at(0))), decode(elements(p, "name").at(0)), {}};
    for (const std::string& s : elements(p, "symbol")) x.symbols.push_back(decode(s));
    out.push_back(std::move(x));
  }
  return out;
}

std::string spaced(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

// SI reference units by dimension, tried in order; the first the unit converts to names
// its dimension and SI unit. Dimensionless units are named separately (below).
struct Dimension {
  const char* name;
  const char* udunits;
  const char* si;
};
const Dimension kDimensions[] = {
    {"length", "m", "m"},          {"mass", "kg", "kg"},           {"time", "s", "s"},
    {"temperature", "K", "K"},     {"area", "m2", "m²"},           {"volume", "m3", "m³"},
    {"speed", "m/s", "m/s"},       {"acceleration", "m/s2", "m/s²"}, {"frequency", "Hz", "Hz"},
    {"force", "N", "N"},           {"pressure", "Pa", "Pa"},       {"energy", "J", "J"},
    {"power", "W", "W"},           {"charge", "C", "C"},           {"voltage", "V", "V"},
    {"current", "A", "A"},         {"capacitance", "F", "F"},      {"resistance", "ohm", "Ω"},
    {"conductance", "S", "S"},     {"magnetic flux", "Wb", "Wb"},  {"flux density", "T", "T"},
    {"inductance", "H", "H"},      {"amount", "mol", "mol"},       {"luminous intensity", "cd", "cd"},
    {"illuminance", "lx", "lx"},   {"dose", "Gy", "Gy"},           {"catalytic activity", "kat", "kat"},
    {"density", "kg/m3", "kg/m³"}, {"flow", "m3/s", "m³/s"},       {"fuel", "m/m3", "m/m³"},
    {"torque", "N.m", "N·m"},      {"current density", "A/m2", "A/m²"},
};

// Dimensionless units by UDUNITS name: angles convert to radians, data to bits.
const std::map<std::string, std::pair<const char*, const char*>> kDimensionless = {
    {"radian", {"angle", "rad"}},  {"arc_degree", {"angle", "rad"}}, {"arc_minute", {"angle", "rad"}},
    {"arc_second", {"angle", "rad"}}, {"steradian", {"solid angle", "sr"}}, {"grade", {"angle", "rad"}},
    {"circle", {"angle", "rad"}},  {"bit", {"data", "bit"}},        {"octet", {"data", "bit"}},
};

struct Converter {
  ut_system* sys;
  // -> factor, offset to the SI unit `si_udunits`; false when not convertible.
  bool to(const std::string& expr, const std::string& si_udunits, double& factor, double& offset) const {
    ut_unit* u = ut_parse(sys, expr.c_str(), UT_UTF8);
    ut_unit* si = ut_parse(sys, si_udunits.c_str(), UT_UTF8);
    bool ok = false;
    // Same dimension, not merely convertible: UDUNITS also converts a unit to its
    // reciprocal (miles per gallon to square metres).
    ut_unit* q = u && si ? ut_divide(u, si) : nullptr;
    bool same = q && ut_are_convertible(q, ut_get_dimensionless_unit_one(sys));
    ut_free(q);
    if (same) {
      cv_converter* cv = ut_get_converter(u, si);
      if (cv) {
        offset = cv_convert_double(cv, 0);
        factor = cv_convert_double(cv, 1) - offset;
        cv_free(cv);
        ok = true;
      }
    }
    ut_free(u);
    ut_free(si);
    return ok;
  }
  // Dimension and SI unit of a UDUNITS expression; false when none is known.
  bool classify(const std::string& expr, const std::string& dimension_hint, std::string& dim,
                std::string& si, std::string& si_udunits) const {
    ut_unit* u = ut_parse(sys, expr.c_str(), UT_UTF8);
    if (!u) return false;
    bool dimless = ut_are_convertible(u, ut_get_dimensionless_unit_one(sys));
    ut_free(u);
    if (dimless) {
      if (dimension_hint == "data") { dim = "data"; si = si_udunits = "bit"; return true; }
      if (dimension_hint == "angle") { dim = "angle"; si = si_udunits = "rad"; return true; }
      if (dimension_hint == "ratio") { dim = "ratio"; si = si_udunits = "1"; return true; }
      return false;
    }
    double f, o;
    if (dimension_hint == "bandwidth") {  // bits per second: UDUNITS sees hertz
      dim = "bandwidth";
      si = si_udunits = "bit/s";
      return to(expr, si_udunits, f, o);
    }
    for (const Dimension& d : kDimensions) {
      if (!dimension_hint.empty() && dimension_hint != d.name && dimension_hint != "torque" &&
          std::string(d.name) == "torque")
        continue;
      if (dimension_hint == "torque" && std::string(d.name) == "energy") continue;
      if (to(expr, d.udunits, f, o)) {
        dim = d.name;
        si = d.si;
        si_udunits = d.udunits;
        return true;
      }
    }
    return false;
  }
};

// 12 significant digits: the converters' last bits are rounding noise (5/9 as 0.55555555555554).
std::string fmt(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.12g", v);
  return buf;
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(read_file(path));
  bool header = true;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (header) { header = false; continue; }
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      cells.push_back(line.substr(start, tab - start));
    cells.push_back(line.substr(start));
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 6) {
    std::cerr << "usage: udunits_table XML_DIR UNITS_TSV CONVERSIONS_TSV OUT_UNITS OUT_SI\n";
    return 2;
  }
  const std::string dir = argv[1];
  ut_set_error_message_handler(ut_ignore);
  ut_system* sys = ut_read_xml((dir + "/udunits2.xml").c_str());
  if (!sys) throw std::runtime_error(dir + "/udunits2.xml: cannot read the UDUNITS-2 database");
  Converter conv{sys};

  std::vector<Prefix> prefixes = read_prefixes(dir);
  std::vector<XmlUnit> units;
  for (const char* f : {"base", "derived", "accepted", "common"}) {
    auto part = read_units(dir, f);
    units.insert(units.end(), part.begin(), part.end());
  }

  std::ostringstream out_units, si_rows;
  out_units << "# Generated from the UDUNITS-2 database; do not edit (see tools/udunits_table.cpp).\n"
            << "surface\tsymbol\tname\tdimension\tcase\tudunits\n";
  std::set<std::string> seen_surface;  // surface + case
  std::map<std::string, std::string> symbol_expr;  // canonical symbol -> UDUNITS expression
  std::map<std::string, std::string> symbol_dim;   // canonical symbol -> dimension hint
  auto emit = [&](const std::string& surface, const std::string& symbol, const std::string& name,
                  const std::string& dim, bool exact, const std::string& expr) {
    if (surface.empty() || !seen_surface.insert(surface + (exact ? "\1" : "\2")).second) return;
    out_units << surface << '\t' << symbol << '\t' << name << '\t' << dim << '\t'
              << (exact ? "exact" : "any") << '\t' << expr << '\n';
    symbol_expr.try_emplace(symbol, expr);
    symbol_dim.try_emplace(symbol, dim);
  };

  for (const XmlUnit& u : units) {
    if (u.names.empty() && u.symbols.empty()) continue;
    // The expression UDUNITS parses for this unit: its first name, else its first symbol.
    const std::string expr = u.names.empty() ? u.symbols[0] : u.names[0].singular;
    std::string hint;
    if (!u.names.empty()) {
      auto it = kDimensionless.find(u.names[0].singular);
      if (it != kDimensionless.end()) hint = it->second.first;
    }
    std::string dim, si, si_ud;
    if (!conv.classify(expr, hint, dim, si, si_ud)) continue;  // pi, count, percent ...
    // English name: the British spelling where the database has one (metre, litre, tonne),
    // else the first plain name ("inch" rather than "international_inch").
    std::string name = u.names.empty() ? u.symbols[0] : spaced(u.names[0].singular);
    for (const Name& n : u.names)
      if (n.singular.find('_') == std::string::npos) {
        name = n.singular;
        break;
      }
    for (const Name& n : u.names)
      if (n.singular.find("metre") != std::string::npos || n.singular.find("litre") != std::string::npos ||
          n.singular == "tonne")
        name = spaced(n.singular);
    // The database gives bits and bytes no symbol; news writes bit and B (kbit, MB).
    std::vector<std::string> symbols = u.symbols;
    if (symbols.empty() && hint == "data") {
      bool byte = !u.names.empty() && u.names[0].singular == "octet";
      symbols = {byte ? "B" : "bit"};
      if (byte) name = "byte";
    }
    const std::string symbol = symbols.empty() ? name : symbols[0];
    // Names in exact case, as the database writes them: after a number a unit name is
    // lower case, and a capitalised one is a name ("eight World Cups", "two Teslas").
    for (const Name& n : u.names) {
      emit(spaced(n.singular), symbol, name, dim, true, expr);
      if (!n.plural.empty()) emit(spaced(n.plural), symbol, name, dim, true, expr);
    }
    for (const std::string& s : u.symbols) emit(s, symbol, name, dim, true, expr);  // not B: billion

    // SI prefixes apply to the SI units and to those accepted for use with them (litre,
    // tonne, electronvolt); bits and bytes take them too. Not to minutes, hours, days or
    // angles, which no one prefixes.
    bool prefixable = u.file == "base" || u.file == "derived" || hint == "data" ||
                      (u.file == "accepted" && (dim == "volume" || dim == "mass" || dim == "energy"));
    if (!prefixable || u.names.empty() || u.names[0].singular == "kilogram") continue;
    for (const Prefix& p : prefixes) {
      if (hint == "data" && p.value < 1000) continue;  // no decibytes: dB is the decibel
      for (const Name& n : u.names) {
        std::string pname = spaced(p.name + n.singular);
        std::string cname = spaced(p.name) + name;
        std::string pexpr = p.name + u.names[0].singular;
        std::string psym = symbols.empty() ? cname : p.symbols[0] + symbols[0];
        // The micro sign and the Greek mu write the same prefix; the Greek letter is canonical.
        if (p.name == "micro" && !symbols.empty()) psym = "\xCE\xBC" + symbols[0];
        emit(pname, psym, cname, dim, true, pexpr);
        if (!n.plural.empty()) emit(spaced(p.name + n.plural), psym, cname, dim, true, pexpr);
      }
      // Symbols take the prefixes news writes (from tera down to pico); the others make
      // letter pairs that are abbreviations far more often than units ("Eg", "Pt", "am").
      if (p.value > 1e12 || p.value < 1e-12 || p.value == 1e-15) continue;
      for (const std::string& ps : p.symbols) {
        if (ps == "u") continue;  // ASCII stand-in for micro: "ug", "um" read as words
        for (const std::string& s : u.symbols) {
          std::string csym = (p.name == "micro" ? "\xCE\xBC" : p.symbols[0]) + u.symbols[0];
          std::string surface = ps + s;
          // Two capitals read as an acronym first ("TV", "MA", "EV", "PC"): left out.
          if (surface.size() == 2 && std::isupper(static_cast<unsigned char>(surface[0])) &&
              std::isupper(static_cast<unsigned char>(surface[1])))
            continue;
          emit(surface, csym, spaced(p.name) + name, dim, true, p.name + u.names[0].singular);
        }
      }
    }
  }

  // Symbols of grammars/units.tsv: UDUNITS parses most as written; grammars/
  // unit_conversions.tsv gives an expression for the rest.
  std::map<std::string, std::pair<std::string, std::string>> hand_expr;  // symbol -> (expr, dimension)
  for (const auto& r : read_tsv(argv[3]))
    if (r.size() >= 3) hand_expr[r[0]] = {r[1], r[2]};
  for (const auto& r : read_tsv(argv[2])) {
    if (r.size() < 6 || r[4] == "percent") continue;
    const std::string& symbol = r[1];
    auto h = hand_expr.find(symbol);
    std::string expr = h != hand_expr.end() ? h->second.first : symbol;
    if (expr == "-") {  // no SI reading (a sports statistic, a logarithmic scale)
      symbol_expr.erase(symbol);
      continue;
    }
    if (r[4] == "age" && symbol_dim.count(symbol)) continue;  // ages share the durations' symbols
    std::string hint = h != hand_expr.end() ? h->second.second : r[5];
    symbol_expr[symbol] = expr;  // the hand table's reading wins
    symbol_dim[symbol] = hint;
  }

  si_rows << "# Generated from the UDUNITS-2 database; do not edit (see tools/udunits_table.cpp).\n"
          << "symbol\tfactor\toffset\tsi_unit\n";
  bool failed = false;
  for (const auto& [symbol, expr] : symbol_expr) {
    std::string dim, si, si_ud;
    std::string hint = symbol_dim[symbol];
    if (hint != "data" && hint != "angle" && hint != "ratio" && hint != "torque" && hint != "bandwidth")
      hint.clear();
    double f = 0, o = 0;
    if (!conv.classify(expr, hint, dim, si, si_ud) || !conv.to(expr, si_ud, f, o) ||
        (dim != symbol_dim[symbol] && !symbol_dim[symbol].empty())) {
      std::cerr << "udunits_table: '" << symbol << "' (" << expr << ") reads as " << dim << ", not "
                << symbol_dim[symbol] << "\n";
      std::cerr << "udunits_table: no SI reading for '" << symbol << "' (" << expr << ")\n";
      failed = true;
      continue;
    }
    si_rows << symbol << '\t' << fmt(f) << '\t' << fmt(o) << '\t' << si << '\n';
  }
  ut_free_system(sys);
  if (failed) return 1;

  for (auto [path, body] : {std::pair{std::string(argv[4]), out_units.str()}, std::pair{std::string(argv[5]), si_rows.str()}}) {
    std::ofstream o(path + ".tmp", std::ios::binary);
    o << body;
    o.close();
    if (!o || std::rename((path + ".tmp").c_str(), path.c_str()) != 0) throw std::runtime_error(path + ": cannot write");
  }
  return 0;
} catch (const std::exception& e) {
  std::cerr << "udunits_table: " << e.what() << '\n';
  return 1;
}
