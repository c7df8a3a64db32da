package lang

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english", "The minister said that the bridge would open in May, and that the work was on time.", "en"},
		{"russian", "Министр заявил, что мост откроют в мае, и что работы идут по плану, хотя погода была плохой.", "ru"},
		// Ukrainian shares "на", "не", "до" with Russian; "що", "і",
		// "та", "від", "його" are its own.
		{"ukrainian", "Міністр заявив, що міст відкриють у травні, і що роботи йдуть за планом, хоча погода була поганою та його це не зупинило.", "uk"},
		// Too few function words to count: the letters tell.
		{"short ukrainian", "Землетрус у Туреччині: рятувальники шукають людей", "uk"},
		{"short russian", "Землетрясение в Турции: спасатели ищут выживших", "ru"},
		{"japanese", "トルコ南部で大きな地震があり、多くの建物が倒壊しました。", "ja"},
		{"chinese", "土耳其南部发生强烈地震，造成大量建筑物倒塌。", "zh"},
		{"no words", "12 34 56", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// FuzzDetect: any text gets "" or a two-letter code, without panicking.
func FuzzDetect(f *testing.F) {
	f.Add("Міністр заявив, що міст відкриють у травні.")
	f.Add("土耳其南部发生强烈地震")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, text string) {
		if got := Detect(text); got != "" && len(got) != 2 {
			t.Errorf("Detect(%q) = %q, want \"\" or a two-letter code", text, got)
		}
	})
}
