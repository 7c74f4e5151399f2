# Writes OUT (unicode_fractions.tsv): every vulgar fraction character of the Unicode Character
# Database (UCD: UnicodeData.txt of Debian unicode-data), by code point, with its numerator
# and denominator: the characters whose decomposition is <fraction> and whose numeric value
# is a proper fraction (U+00BD "½" 1/2, U+2154 "⅔" 2/3). "⅟" (a numerator only) and "↉"
# (zero thirds) are no figures. The lexicon writes the characters from their code points.
cmake_policy(SET CMP0007 NEW)
file(STRINGS ${UCD} lines REGEX "^[0-9A-F]+;[^;]*;[^;]*;[^;]*;[^;]*;<fraction> ")
set(body "# Generated from the Unicode Character Database (UnicodeData.txt); do not edit.\ncode point\tnumerator\tdenominator\n")
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^([0-9A-F]+);[^;]*;[^;]*;[^;]*;[^;]*;[^;]*;[^;]*;[^;]*;([1-9][0-9]*)/([0-9]+);")
    continue()
  endif()
  string(APPEND body "${CMAKE_MATCH_1}\t${CMAKE_MATCH_2}\t${CMAKE_MATCH_3}\n")
endforeach()
file(WRITE ${OUT}.tmp "${body}")
file(RENAME ${OUT}.tmp ${OUT})
