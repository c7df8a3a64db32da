# Words of pages that are not articles, and of page metadata.

[error-page-phrases]
page not found, not found, 404, 403, 410, 500, 502, 503, forbidden,
access denied, permission denied, error 404, error 403, page can't be found,
page cannot be found, page could not be found, page you requested,
page you are looking for, page you're looking for, page doesn't exist,
page does not exist, no longer available, content is no longer available,
story is no longer available, internal server error, service unavailable,
bad gateway, gateway timeout, unavailable for legal reasons,
we'll be right back, down for maintenance, under maintenance,
something went wrong, where'd it go, nothing was found,
you have been blocked, attention required,
request unsuccessful, request rejected, access to this page has been denied,
this video is unavailable, video unavailable, content unavailable,
this page is no longer available, we'll be back soon, be back soon,
performing some maintenance, scheduled maintenance, temporarily unavailable,
moved permanently, document has moved, page has moved, content has moved,
object moved, manual has moved, documentation has moved, site has moved,
documentation is now at, documentation now lives at, has been relocated,
has been moved, content has been removed, has been removed,
not automatically redirected, you are being redirected,
couldn't find that page, could not find that page, can't find that page,
cannot find that page, couldn't find the page, can't find the page,
can't find this page, couldn't find this page,
not available in your country, not available in your region,
not available in your location, isn't available in your country,
unavailable in your country, unavailable in your region,
bad request, method not allowed, not acceptable, request timeout,
payload too large, request entity too large, uri too long,
request-uri too long, unsupported media type, too many requests,
not implemented, http version not supported, precondition failed,
length required, proxy authentication required, 401 unauthorized,
410 gone, request header fields too large,
is not installed,
couldn't find what you were looking for, could not find what you were looking for,
can't find what you're looking for, page you were looking for,
the change you wanted was rejected, briefly unavailable for scheduled maintenance,
specified key does not exist, specified bucket does not exist,
specified blob does not exist, the resource cannot be found,
resource you are looking for, whitelabel error page

[block-page-phrases]
request unsuccessful, incapsula incident id, checking your browser,
checking if the site connection is secure, enable javascript and cookies to continue,
please enable cookies, you have been blocked, are you a robot,
verify you are a human, press and hold, cloudflare ray id,
the requested url was rejected, your support id is,
access to this page has been denied, why have i been blocked,
performance & security by cloudflare, ddos protection by,
you will be connected to, please wait while we verify, one more step

[paywall-phrases]
subscribe to continue reading, subscribe to read, subscribe to keep reading,
subscribe now to continue, to continue reading, continue reading with a subscription,
this article is for subscribers, this content is for subscribers,
for subscribers only, subscriber-only, subscribers only,
you have reached your limit of free articles, you've reached your limit,
you have read all your free articles, already a subscriber?,
sign in to continue reading, log in to continue reading,
register to continue reading, create a free account to continue reading

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
error, error response, error page

[home-page-names]
home, homepage, home page, front page, welcome

[front-page-endings]
home page, homepage, documentation

[listing-title-phrases]
search results, search results for, posts tagged, articles tagged,
tagged with, tag:, tag archive, tag archives, category:, category archive,
category archives, author archive, archive for, archives:,
month:, year:, author at, posts by, articles by, latest headlines,
news archive, difference between revisions, revision history,
google image result, index of, directory listing for

# Class names CMSs put on the <body> of a not-found page (WordPress
# "error404", Ghost "error-template"); the same in any language.
[error-body-classes]
error404, error-404, page-404, not-found, notfound, error-template

# Address segments under which sites file the page that lists a tag's,
# a category's or an author's posts ("/tag/budget/", "/author/jane-doe/").
# Not "archives": WordPress's numeric permalinks put every post under it
# ("/archives/123"); nor "topics", "themen": sites put pages of their own
# text on a subject there, as well as lists.
[listing-path-names]
tag, tags, category, categories, author, authors, label, labels, search

[section-labels]
opinion, analysis, comment, commentary, editorial, editorials, review,
reviews, column, columns, letters, letter, news, world, world news, politics,
business, sport, sports, technology, tech, science, health, culture, arts,
entertainment, lifestyle, travel, money, markets, economy, local, national,
breaking, breaking news, exclusive, live, watch, video, photos, podcast,
explainer, fact check, interview, obituary, obituaries, perspective, essay,
features, feature, the big read, long read, us news, uk news, politics live

[not-author-names]
no author, unknown, unknown author, anonymous, admin, administrator,
staff, staff writer, staff reporter, editor, editors, the editors,
editorial staff, editorial team, newsroom, web desk, webdesk, news desk,
desk, guest, guest author, guest contributor, contributor, user, author,
by, n/a, null, none, undefined, wpengine, root, webmaster, site admin

[author-roles]
writer, correspondent, editor, reporter, contributor, columnist, staff,
desk, team, newsroom, bureau, senior, chief, technologist, director,
manager, professor, fellow, president, officer, analyst, attorney,
counsel, associate, lead, engineer, developer, designer, founder, ceo,
cto, producer, photographer, intern, journalist, researcher, scientist,
economist, strategist, specialist, advisor, adviser, consultant,
coordinator, head, deputy, executive, spokesperson, spokesman,
spokeswoman, student, lecturer, author

# The last word of a publisher's name printed as a brand line under an
# article ("IAMBEST Networks", "Coastal Media Group").
[publisher-words]
network, networks, media, news, times, post, group, press, tv, radio,
daily, herald, tribune, journal, gazette, online, broadcasting,
communications, publishing, publications, newspaper, newspapers, magazine,
chronicle, courier, observer, mirror, express, telegraph, standard,
review, today, weekly, wire, agency, digital, live, report, reporter,
insider, monitor, bulletin, dispatch, sentinel, examiner, inquirer,
independent, guardian, star, sun, globe, record, register, ledger,
mail, voice, channel, studios, inc, ltd, llc, gmbh, corp, corporation,
limited, company, holdings

# The first word of a line that states the page's own date ("PUBLISHED:
# 02:31 GMT, 12 March 2013 | UPDATED: ...", "Posted September 26, 2013").
# "Updated" alone is left out: the update is not when the story was written.
[dateline-labels]
published, posted, publication, date, dated, filed, released, first

# Words before the date a page prints for its last change: "Update:
# 2017-09-12 21:29 GMT", "Last updated 23rd Sep 2019". Not the
# publication date, but a day the page was written on.
[update-stamp-labels]
update, updated, last updated, last update, last modified, modified

# Lines of a share bar or a site's own promotion at the end of a body.
[share-phrases]
tweet this, digg this, share this, email this, print this, share on facebook,
share on twitter, share on linkedin, share on whatsapp, pin it, share via email,
trending on reuters, trending on, share this article, share this story,
click to share, reddit this, stumbleupon, del.icio.us, save this story

# A site's promotion of itself at the end of an article.
[promo-phrases]
newsletter, newsletters, sign up for, thanks for signing up, follow us on,
section on facebook, our standards:, trust principles, subscribe to our,
processing your subscription, your inbox, delivered to your inbox,
delivered through your letterbox, download our app, get our app,
letters to the editor, subscriptions service, use the code

# The verb opening a call to the reader to follow the outlet on one of its
# channels ("Follow Newsbeat on Instagram", "Subscribe to AppleInsider on
# YouTube", "Join the IGN Deals Newsletter").
[reader-call-verbs]
follow, subscribe, listen, join, watch, sign

# Where an outlet asks its readers to follow it.
[outlet-channels]
instagram, facebook, twitter, youtube, tiktok, snapchat, linkedin, pinterest,
telegram, whatsapp, flipboard, newsletter, newsletters, podcast, podcasts,
channel

# Credit lines of a photo or of the text's source, which alone are not an
# article and at the top of a body are a caption's.
[credit-labels]
source, sources, photo, photos, photograph, picture, image, images, credit,
credits, video, file photo, illustration, graphic, caption, photo credit,
photo credits, image credit, cover photo, header image

[credit-agencies]
reuters, ap, afp, epa, getty images, ap photo, afp photo, reuters photo,
associated press, agence france-presse, dpa, xinhua, anadolu, efe, ansa,
shutterstock, istock, alamy, pa, pa images, pa wire, bloomberg, ians, pti

# Banks that sell pictures, never text: their name alone after a caption's
# last sentence credits the picture ("... of the drug. Getty").
[image-banks]
getty, getty images, shutterstock, istock, istockphoto, alamy, unsplash,
pexels, pixabay, depositphotos, dreamstime, adobe stock

# Words that open a line crediting a picture to whoever made or gave it
# ("Photo by David Dyer-Bennet", "Courtesy of Andrew Vaughan").
[credit-by-phrases]
photo by, photos by, photograph by, photographs by, photography by,
image by, images by, picture by, illustration by, illustrations by,
video by, courtesy of, photo courtesy of, image courtesy of

# What a site's comment policy says: instead of an article it is chrome.
[comment-policy-phrases]
comment policy, commenting policy, comments policy, community guidelines,
comments are moderated, we reserve the right to remove, keep comments,
comments that are abusive, off-topic comments, before commenting,
please read our, comment moderation, house rules, join the conversation

[listing-page-names]
archive, archives, tags, all tags, tag cloud, categories, all categories, topics, search, search results, index, general index, module index, authors, all posts, all articles, sitemap, site map,
file list, class list, class index, class hierarchy, namespace list,
member list, function index, module list, all classes, all files,
all modules, all functions, data structures, data structure index,
related pages, all packages, deprecated api, constant field values,
serialized form, hierarchy for all packages,
table of contents

# What the headline of a sign-in or registration page says ("Log in to
# your account"): with a form asking for an email or user name and no
# prose, the page is the form.
[login-page-phrases]
log in, log into, login, sign in, sign-in, sign into, create an account,
create your account, register

# What the line over a list says when the list is the page ("Here is a
# list of all documented files", "This is the complete list of members
# for ..."): an index announcing itself.
[list-intro-phrases]
here is a list of, here is the list of, this is the complete list of,
the following is a list of, below is a list of, this is a list of all,
with brief descriptions, with short descriptions, this inheritance list,
list is sorted roughly

# What a page says that stands in for a site not built yet: a web
# server's page after installation, a parked domain. The site has no
# pages of its own to show.
[placeholder-page-phrases]
web server is successfully installed, successfully installed and working,
this is a placeholder page, placeholder page installed by,
has not put up any web pages yet, this is the default welcome page,
default welcome page used to test, this domain is parked,
this domain name is parked, future home of something quite cool

# A label over links to other stories, closing a body ("Read more",
# "You may also like"): the label and the headlines under it are not the
# story.
[more-reading-labels]
read more, read also, also read, related, related articles, related stories,
related posts, related content, related coverage, you may also like,
you might also like, more from, more stories, more on this story, recommended,
recommended for you, don't miss, see also, further reading, most read,
most popular, popular posts, what to read next, up next, keep reading,
more news, latest news, more to explore

# The label of a press contact closing a release ("Media contact: ...",
# "Contact: ... Tel ... E-mail").
[contact-labels]
contact, contacts, media contact, media contacts, press contact, press contacts,
contact information, for more information contact, investor contact

# What an affiliate or advertiser disclosure says at the edge of a body
# ("We may receive compensation when you click on links"): the site's
# notice, not the story.
[disclosure-phrases]
we may receive compensation, we may earn a commission, we may earn commission,
we earn a commission, we may receive a commission, we may earn money,
may get a share of the sale, one or more of our advertisers, advertiser disclosure,
contains affiliate links, our affiliate links, we may earn an affiliate,
we may receive a small commission, we may earn a small commission

# The labels of a photo's credit line ("Photo: AP", "Titelbild: ..."), which
# closing a body is the last picture's, not the story's.
[photo-credit-labels]
photo, photos, photograph, picture, image, images, credit, credits, photo credit,
photo credits, image credit, cover photo, header image, file photo

# Finite verb forms common in a news lead ("... died late Friday", "...
# has announced"): a full line above a page's date line that holds one is
# the article's lead sentence, not a headline, a label or a menu.
[lead-verbs]
is, are, was, were, has, have, had, will, would, could, can, may, might,
should, must, did, does, said, says, told, made, took, won, lost, died, left,
came, went, got, gave, became, began, fell, rose, hit, led, met, ran, held,
found, saw, shot, sent, brought, kept, paid, sold, struck, spoke, wrote, broke,
fled, flew, swept, stood, sank, thrown, drew

# Endings of finite past forms, for the same test.
[lead-verb-endings]
ed

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
a, i, o
