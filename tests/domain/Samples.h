#pragma once
// Canonical wire samples of every domain type: what the server sends, field for field.

#include <QJsonObject>
#include <QJsonValue>

namespace samples {

inline QJsonObject person(const char* last = "Martin")
{
    return {{QStringLiteral("company"), QStringLiteral("Maintenance Élec SARL")},
            {QStringLiteral("lastName"), QString::fromUtf8(last)},
            {QStringLiteral("firstName"), QStringLiteral("Sophie")}};
}

inline QJsonObject contact()
{
    return {{QStringLiteral("name"), QStringLiteral("Jean Dupont")},
            {QStringLiteral("phone"), QStringLiteral("+33 3 89 00 00 00")},
            {QStringLiteral("email"), QStringLiteral("jean.dupont@b2ei.fr")}};
}

inline QJsonObject company()
{
    return {{QStringLiteral("name"), QStringLiteral("B2EI")},
            {QStringLiteral("address"), QStringLiteral("12 rue de l'Industrie\n68000 Colmar")},
            {QStringLiteral("phone"), QStringLiteral("+33 3 89 00 00 01")},
            {QStringLiteral("email"), QStringLiteral("contact@b2ei.fr")},
            {QStringLiteral("website"), QStringLiteral("https://www.b2ei.fr")},
            {QStringLiteral("latitude"), 48.0794},
            {QStringLiteral("longitude"), 7.3585}};
}

inline QJsonObject account()
{
    return {{QStringLiteral("id"), QStringLiteral("5b1f6c1e-3a57-4d4c-9a44-0d6e1c2b7f10")},
            {QStringLiteral("email"), QStringLiteral("demo@client.fr")},
            {QStringLiteral("name"), QStringLiteral("Claire Bernard")},
            {QStringLiteral("company"), QStringLiteral("Hôpital Pasteur")},
            {QStringLiteral("address"), QStringLiteral("39 avenue de la Liberté, 68000 Colmar")},
            {QStringLiteral("phone"), QStringLiteral("+33 3 89 12 40 00")},
            {QStringLiteral("remoteConsultation"), true},
            {QStringLiteral("version"), 3}};
}

inline QJsonObject affair()
{
    return {{QStringLiteral("id"), QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")},
            {QStringLiteral("reference"), QStringLiteral("AFF-2024-0042")},
            {QStringLiteral("name"), QStringLiteral("Rénovation TGBT Bâtiment A")},
            {QStringLiteral("client"), QStringLiteral("Hôpital Pasteur")},
            {QStringLiteral("site"), QStringLiteral("Colmar")},
            {QStringLiteral("contact"), contact()},
            {QStringLiteral("remoteConsultation"), true},
            {QStringLiteral("locked"), false},
            {QStringLiteral("productCount"), 12},
            {QStringLiteral("createdAt"), QStringLiteral("2024-03-01T08:30:00Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T16:05:12.250Z")},
            {QStringLiteral("version"), 7}};
}

inline QJsonObject product()
{
    return {{QStringLiteral("id"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")},
            {QStringLiteral("affairId"), QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")},
            {QStringLiteral("reference"), QStringLiteral("TGBT-A-01")},
            {QStringLiteral("name"), QStringLiteral("Armoire TGBT Bâtiment A")},
            {QStringLiteral("serialNumber"), QStringLiteral("SN-24-00117")},
            {QStringLiteral("description"), QStringLiteral("Tableau général basse tension, 630 A.")},
            {QStringLiteral("manufacturedOn"), QStringLiteral("2024-05-14")},
            {QStringLiteral("qrToken"), QStringLiteral("q7Hn2xLw9PzR4tVb8cYd1e")},
            {QStringLiteral("remoteConsultation"), true},
            {QStringLiteral("locked"), true},
            {QStringLiteral("createdAt"), QStringLiteral("2024-05-14T10:00:00Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2024-06-01T09:00:00Z")},
            {QStringLiteral("version"), 2}};
}

inline QJsonObject document()
{
    return {{QStringLiteral("id"), QStringLiteral("16fd2706-8baf-433b-82eb-8c7fada847da")},
            {QStringLiteral("productId"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")},
            {QStringLiteral("kind"), QStringLiteral("schematic")},
            {QStringLiteral("title"), QStringLiteral("Schéma de câblage")},
            {QStringLiteral("fileName"), QStringLiteral("TGBT-A-01_rev3.pdf")},
            {QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
            {QStringLiteral("size"), 1048576},
            {QStringLiteral("sha256"),
             QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
            {QStringLiteral("revision"), 3},
            {QStringLiteral("valid"), true},
            {QStringLiteral("createdAt"), QStringLiteral("2024-05-20T14:00:00Z")},
            {QStringLiteral("version"), 1}};
}

inline QJsonObject task()
{
    return {{QStringLiteral("id"), QStringLiteral("a8098c1a-f86e-41d6-9a5e-5ce6e1b2c3d4")},
            {QStringLiteral("productId"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")},
            {QStringLiteral("description"), QStringLiteral("Resserrer les connexions du jeu de barres")},
            {QStringLiteral("priority"), true},
            {QStringLiteral("requester"), person()},
            {QStringLiteral("createdAt"), QStringLiteral("2026-10-02T07:45:00Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-10-02T07:45:00Z")},
            {QStringLiteral("version"), 1}};
}

inline QJsonObject note()
{
    return {{QStringLiteral("id"), QStringLiteral("e4eaaaf2-d142-41a0-a1b6-5d6c7e8f9a0b")},
            {QStringLiteral("productId"), QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7")},
            {QStringLiteral("taskId"), QStringLiteral("a8098c1a-f86e-41d6-9a5e-5ce6e1b2c3d4")},
            {QStringLiteral("requester"), person()},
            {QStringLiteral("performer"), person("Lefèvre")},
            {QStringLiteral("requestedAt"), QStringLiteral("2026-10-02T07:45:00Z")},
            {QStringLiteral("performedAt"), QStringLiteral("2026-10-15")},
            {QStringLiteral("taskDescription"), QStringLiteral("Resserrer les connexions du jeu de barres")},
            {QStringLiteral("workDone"), QStringLiteral("Couple de serrage contrôlé sur 24 points")},
            {QStringLiteral("comment"), QString()},
            {QStringLiteral("createdAt"), QStringLiteral("2026-10-15T15:20:00Z")},
            {QStringLiteral("version"), 1}};
}

} // namespace samples
