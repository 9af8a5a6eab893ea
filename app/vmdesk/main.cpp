// SPDX-License-Identifier: GPL-3.0-or-later
// vmdesk: the desktop console. Wiring only: options, settings, translations, services, window.
#include <csignal>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTimer>

#include "core/appsettings.h"
#include "core/translations.h"
#include "core/unixsignalwatcher.h"
#include "export/exportqueue.h"
#include "guestops/guesttransferjob.h"
#include "mainwindow.h"
#include "provisioning/deployjob.h"
#include "secrets/keychainsecretstore.h"
#include "theme.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"
#include "vsphere/simulatorprocess.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(u"vmdesk"_s);
    QCoreApplication::setOrganizationDomain(u"vmdesk.org"_s);
    QCoreApplication::setApplicationName(u"vmdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VMDESK_VERSION));
}

QCommandLineOption demoOption()
{
    return QCommandLineOption(
        u"demo"_s, QCoreApplication::translate("main", "Start the bundled vCenter simulator and connect to it."));
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for vSphere and Hyper-V VMs"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demoOption());
}

// --help and --version need no display: they are answered before the GUI starts, so that they
// work over SSH and in scripts.
bool onlyAsksForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version") {
            return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(u"vmdesk"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(VMDESK_APP_ID));
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        icon.addFile(u":/icons/hicolor/%1x%1/vmdesk.png"_s.arg(size));
    }
    QGuiApplication::setWindowIcon(icon);
    installTranslations(app);
    {
        QSettings settings;
        AppSettings::check(settings); // unknown or invalid values are logged and not used
    }
    Theme::apply(Theme::saved());
    QGuiApplication::styleHints()->setShowShortcutsInContextMenus(true);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    VSphereSession session;
    KeychainSecretStore secrets(u"vmdesk"_s);
    SimulatorProcess simulator;
    GuestRegistry guests;
    VspcServer metadataServer(nullptr, &guests);
    ExportQueue exports(
        &session, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/export-queue.json"_s);
    exports.setDeployJobFactory(DeployJob::factory(&session));
    exports.setGuestJobFactory(GuestTransferJob::factory(&session));
    VmActions vmActions(&session);
    MainWindow window({ &session, &secrets, &simulator, &metadataServer, &guests, &exports, &vmActions });
    window.show();

    // A desktop logout or `kill` closes the window the same way the Quit action does.
    UnixSignalWatcher signalWatcher { SIGTERM, SIGINT, SIGHUP };
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &window, &QWidget::close);

    if (parser.isSet(demoOption())) {
        window.connectToDemo();
    } else {
        QTimer::singleShot(0, &window, &MainWindow::connectOnStartOrAsk);
    }
    return QApplication::exec();
}
