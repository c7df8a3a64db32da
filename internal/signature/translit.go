package signature

import (
	"strings"
	"unicode"
)

// iso9 is the transliteration of Cyrillic letters to Latin of ISO 9:1995
// (GOST 7.79-2000 system A), one Latin letter per Cyrillic one, so that it
// can be reversed; lower case only, upper case is lowered first. A name
// key needs no reversal, and its diacritics are folded away afterwards
// (Key): "Мюллер" is "mûller" here and "muller" as a key, as "Müller" is.
// The hard and soft signs, ISO 9's ʺ and ʹ, are left out of keys
// altogether: Latin spellings of the same names do not write them.
var iso9 = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g̀", 'д': "d", 'ђ': "đ",
	'ѓ': "ǵ", 'е': "e", 'ё': "ë", 'є': "ê", 'ж': "ž", 'з': "z", 'ѕ': "ẑ",
	'и': "i", 'і': "ì", 'ї': "ï", 'й': "j", 'ј': "ǰ", 'к': "k", 'л': "l",
	'љ': "l̂", 'м': "m", 'н': "n", 'њ': "n̂", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'ћ': "ć", 'ќ': "ḱ", 'у': "u", 'ў': "ŭ", 'ф': "f",
	'х': "h", 'ц': "c", 'ч': "č", 'џ': "d̂", 'ш': "š", 'щ': "ŝ", 'ъ': "",
	'ы': "y", 'ь': "", 'э': "è", 'ю': "û", 'я': "â", 'ѣ': "ě", 'ѳ': "f̀",
	'ѵ': "ỳ",
}

// Transliterate writes the Cyrillic letters of s in Latin by ISO 9 (see
// iso9), lower-casing them; other characters pass unchanged.
func Transliterate(s string) string {
	if !hasCyrillic(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if l, ok := iso9[unicode.ToLower(r)]; ok {
			b.WriteString(l)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
