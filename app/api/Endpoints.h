#pragma once

#include "ApiRequest.h"
#include "domain/DoeExport.h"
#include "domain/MaintenanceNote.h"
#include "domain/Task.h"

#include <optional>

namespace mycloud::Endpoints {

// The requests of docs/openapi.yaml, built in one place so that paths and bodies are spelled once.
// `version`: an If-Match precondition (required for task edits, optional elsewhere).

ApiRequest login(const QString& email, const QString& password);
ApiRequest logout();
ApiRequest requestPasswordReset(const QString& email);
ApiRequest confirmPasswordReset(const QString& code, const QString& newPassword);
ApiRequest changePassword(const QString& current, const QString& newPassword);

ApiRequest account();
ApiRequest company();
ApiRequest changes(const QString& since, int limit = 500);
ApiRequest resolveQr(const QString& token);

ApiRequest createTask(const Task& task); // task.id is the client id
ApiRequest updateTask(const Task& task, qint64 version);
ApiRequest deleteTask(const QUuid& id, std::optional<qint64> version);
// performer, performedAt, workDone and comment of `note`
ApiRequest validateTask(const QUuid& taskId, const MaintenanceNote& note, std::optional<qint64> version);
ApiRequest createNote(const MaintenanceNote& note); // note.id is the client id
ApiRequest deleteNote(const QUuid& id, std::optional<qint64> version);

enum class Level { Account, Affair, Product };
ApiRequest setRemoteConsultation(Level level, const QUuid& id, bool enabled, std::optional<qint64> version);
ApiRequest lock(Level level, const QUuid& id, const QString& password);
ApiRequest unlock(Level level, const QUuid& id);

ApiRequest createDoe(const QUuid& affairId, const DoeRequest& request);
ApiRequest doe(const QUuid& exportId);

QString documentContentPath(const QUuid& documentId); // for downloads, under /api/v1/

} // namespace mycloud::Endpoints
