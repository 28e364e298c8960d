# The one identity file: every binary, package and document takes its name and version from here.
set(MYCLOUD_NAME "MyCloud Desktop")
set(MYCLOUD_APP_ID "fr.b2ei.MyCloud")
set(MYCLOUD_ORGANIZATION "B2EI")
set(MYCLOUD_ORGANIZATION_DOMAIN "b2ei.fr")
set(MYCLOUD_VERSION "0.1.0")
set(MYCLOUD_API_VERSION "v1")
set(MYCLOUD_RELEASE_DATE "2026-11-26")       # of MYCLOUD_VERSION: AppStream <release> and package notes
set(MYCLOUD_URL_SCHEME "mycloud")            # mycloud://product/<id>, registered by every installer
set(MYCLOUD_HOMEPAGE "https://mycloud.b2ei.fr")
set(MYCLOUD_CONTACT "B2EI <contact@b2ei.fr>") # package maintainer
