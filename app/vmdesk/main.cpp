// SPDX-License-Identifier: GPL-3.0-or-later
// vmdesk: the desktop console. Wiring only: options, settings, translations, services, window.
#include <csignal>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include "core/unixsignalwatcher.h"
#include "export/exportqueue.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"
#include "core/translations.h"
#include "vsphere/simulatorprocess.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;


int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"vmdesk"_s);
    QCoreApplication::setOrganizationDomain(u"vmdesk.org"_s);
    QCoreApplication::setApplicationName(u"vmdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VMDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(u"vmdesk"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(VMDESK_APP_ID));
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        icon.addFile(u":/icons/hicolor/%1x%1/vmdesk.png"_s.arg(size));
    }
    QGuiApplication::setWindowIcon(icon);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for vSphere and Hyper-V VMs"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Start the bundled vCenter simulator and connect to it."));
    parser.addOption(demoOption);
    parser.process(app);

    VSphereSession session;
    KeychainSecretStore secrets(u"vmdesk"_s);
    SimulatorProcess simulator;
    GuestRegistry guests;
    VspcServer metadataServer(nullptr, &guests);
    ExportQueue exports(
        &session, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/export-queue.json"_s);
    VmActions vmActions(&session);
    MainWindow window({ &session, &secrets, &simulator, &metadataServer, &guests, &exports, &vmActions });
    window.show();

    // A desktop logout or `kill` closes the window the same way the Quit action does.
    UnixSignalWatcher signalWatcher { SIGTERM, SIGINT, SIGHUP };
    QObject::connect(&signalWatcher, &UnixSignalWatcher::signalReceived, &window, &QWidget::close);

    if (parser.isSet(demoOption)) {
        window.connectToDemo();
    } else {
        QTimer::singleShot(0, &window, &MainWindow::connectOnStartOrAsk);
    }
    return QApplication::exec();
}
