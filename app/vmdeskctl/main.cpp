// SPDX-License-Identifier: GPL-3.0-or-later
// vmdeskctl: the headless CLI. Dispatches to one command per file under commands/.
#include <algorithm>

#include <QCoreApplication>
#include <QTextStream>

#include "commands/command.h"
#include "core/translations.h"

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN")) {
        // Servers run for days: every log line gets a timestamp.
        qSetMessagePattern(
            QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category}: %{endif}%{message}"));
    }
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB")) {
        // The GLib event dispatcher slows down with every socket it watches (measured with
        // bench/vspc_load: 4x fewer requests/s at 5,000 guests); Qt's own poll loop scales better.
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"vmdesk"_s);
    QCoreApplication::setApplicationName(u"vmdeskctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VMDESK_VERSION));
    installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    const QList<Command> commands = allCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto usage = [&](QTextStream& stream) {
        stream << "Usage: vmdeskctl [--help] [--version] <command> [options]\n\n"
               << QCoreApplication::translate("vmdeskctl", "Headless vmdesk: the same services as the desktop app.")
               << "\n\n"
               << QCoreApplication::translate("vmdeskctl", "Commands:") << '\n';
        qsizetype width = 0;
        for (const Command& command : commands) {
            width = std::max(width, command.name.size());
        }
        for (const Command& command : commands) {
            stream << "  " << command.name.leftJustified(width + 2) << command.summary << '\n';
        }
        stream << '\n'
               << QCoreApplication::translate("vmdeskctl", "Run 'vmdeskctl <command> --help' for a command's options.")
               << '\n';
    };

    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"-h"_s) {
        usage(out);
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments.at(1) == u"--version"_s || arguments.at(1) == u"-v"_s) {
        out << "vmdeskctl " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const Command& command : commands) {
        if (command.name == arguments.at(1)) {
            QStringList commandArguments = arguments;
            commandArguments.removeAt(1);
            commandArguments[0] = u"vmdeskctl "_s + command.name;
            return command.run(commandArguments);
        }
    }
    err << QCoreApplication::translate("vmdeskctl", "Unknown command: %1").arg(arguments.at(1)) << "\n\n";
    usage(err);
    return 2;
}
