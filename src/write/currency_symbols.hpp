// How money is labelled for a reader: "US$41 billion", "£600 million", "CNY 10 billion".
#pragma once
#include <string>
#include <string_view>

namespace factsheet::write {

// The symbol readers know for an ISO 4217 code ("USD" -> "US$", "EUR" -> "€"), or ""
// for codes better written out.
std::string_view currency_symbol(std::string_view code);

// What goes before an amount: the symbol, else the code and a space ("CNY "). Only a
// three-letter upper-case code is used as is; anything else gives "".
std::string currency_prefix(std::string_view code);

// The currency of a money unit: "USD" of "USD" and of "USD/aircraft" (money per unit).
std::string_view money_currency(std::string_view unit);

}  // namespace factsheet::write
