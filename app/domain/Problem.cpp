#include "Problem.h"

#include "JsonReader.h"
#include "Limits.h"

using namespace Qt::StringLiterals;

namespace mycloud {

Result<Problem, DecodeError> Problem::fromJson(const QJsonValue& json, const QString& path)
{
    JsonReader r(json, path);
    Problem v;
    v.type = r.string("type"_L1, 1, limits::kUrl);
    v.title = r.string("title"_L1, 1, limits::kTitle);
    v.status = static_cast<int>(r.integer("status"_L1, 100, 599));
    v.code = r.token("code"_L1, 1, 64);
    v.detail = r.string("detail"_L1, 0, limits::kText);
    if (r.has("errors"_L1)) {
        v.errors = r.array<FieldError>("errors"_L1, limits::kPageItems,
                                       [](const QJsonValue& item, const QString& at) {
                                           JsonReader e(item, at);
                                           FieldError fieldError;
                                           fieldError.field = e.string("field"_L1, 0, limits::kTitle);
                                           fieldError.message = e.string("message"_L1, 0, limits::kText);
                                           return e.finish(std::move(fieldError));
                                       });
    }
    return r.finish(std::move(v));
}

QJsonObject Problem::toJson() const
{
    QJsonObject object{{u"type"_s, type},
                       {u"title"_s, title},
                       {u"status"_s, status},
                       {u"code"_s, code},
                       {u"detail"_s, detail}};
    if (!errors.isEmpty()) {
        QJsonArray array;
        for (const FieldError& e : errors)
            array.append(QJsonObject{{u"field"_s, e.field}, {u"message"_s, e.message}});
        object.insert(u"errors"_s, array);
    }
    return object;
}

} // namespace mycloud
