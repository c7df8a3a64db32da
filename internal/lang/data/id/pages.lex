# Kata-kata halaman yang bukan artikel (Indonesian words of pages that are
# not articles).

[error-page-phrases]
halaman tidak ditemukan, halaman yang anda cari, halaman yang kamu cari,
halaman tidak tersedia, konten tidak tersedia, berita tidak ditemukan,
artikel tidak ditemukan, akses ditolak, terjadi kesalahan, error 404,
tidak tersedia di negara anda

[paywall-phrases]
khusus pelanggan, khusus untuk pelanggan, berlangganan untuk membaca,
untuk melanjutkan membaca, sudah berlangganan?

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
kesalahan

[home-page-names]
beranda, halaman utama

[listing-title-phrases]
hasil pencarian, arsip berita, berita terkait tag, tag:, kategori:

[listing-page-names]
arsip, tag, kategori, pencarian, indeks, indeks berita, peta situs

[login-page-phrases]
masuk, masuk ke akun, buat akun
