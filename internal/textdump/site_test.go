package textdump

import "testing"

func TestSiteFromBlurb(t *testing.T) {
	body := "The harbour of Port Avel reopened on Tuesday after a storm closed it for three days, the port authority said in a statement on its website.\n\n" +
		"Fishing boats queued at the entrance from dawn, and the first of them was unloading by nine, according to the harbour master, who said the damage to the outer wall would take months to repair.\n\n" +
		"Port Avel is the place where news from the whole fleet is first heard, and the closure had cost the fleet about two million euros in lost sales, the cooperative said.\n\n"
	tests := []struct {
		name, text, want string
	}{
		{
			name: "blurb in the footer",
			text: "Harbour reopens after storm\n\n" + body +
				"Related\n\nCoast Lantern is your trusted source for the latest news from the western ports. Follow us on social media.\n\nContact us\n",
			want: "Coast Lantern",
		},
		{
			name: "a body sentence describing a place is not a blurb",
			text: "Harbour reopens after storm\n\n" + body + "Contact us\n",
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if a.Site != tc.want {
				t.Errorf("Site = %q, want %q", a.Site, tc.want)
			}
		})
	}
}
