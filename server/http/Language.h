#pragma once

#include <QString>

namespace mycloud::server {

// The two languages of the server's pages and e-mails, chosen from Accept-Language (RFC 9110
// §12.5.4: the highest q-value we speak wins), French by default as B2EI's customers are French.
enum class Language { French, English };

Language languageFromAcceptLanguage(const QString& header);

} // namespace mycloud::server
