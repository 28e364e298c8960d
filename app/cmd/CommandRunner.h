#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <memory>

namespace mycloud {

class CommandContext;

// mycloudcmd's dispatcher: parses the command line and hands the command to its group (session,
// catalogue, maintenance, scan, offline), each run to completion with a local event loop (a command
// line has nothing else to do meanwhile). Exit codes: see CommandContext.
class CommandRunner final : public QObject
{
    Q_OBJECT

public:
    CommandRunner();
    ~CommandRunner() override;
    int run(const QStringList& arguments);

private:
    void describe();
    int dispatch(const QString& command);

    QCommandLineParser m_parser;
    std::unique_ptr<CommandContext> m_context;
};

} // namespace mycloud
