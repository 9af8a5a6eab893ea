// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "command.h"
#include "core/whendone.h"
#include "vcenteroptions.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
int exitCodeFor(const VimError& error)
{
    switch (error.kind()) {
    case VimError::Kind::InvalidLogin:
    case VimError::Kind::NotAuthenticated:
        return ExitAuthentication;
    case VimError::Kind::ConnectionRefused:
    case VimError::Kind::HostNotFound:
    case VimError::Kind::Timeout:
    case VimError::Kind::UntrustedCertificate:
    case VimError::Kind::Network:
        return ExitConnection;
    default:
        return ExitFailure;
    }
}

void print(const VmSummaryList& vms, bool json)
{
    QTextStream out(stdout);
    if (!json) {
        for (const VmSummary& vm : vms) {
            out << vm.name << '\n';
        }
        return;
    }
    QJsonArray array;
    for (const VmSummary& vm : vms) {
        array.append(QJsonObject { { u"name"_s, vm.name }, { u"id"_s, vm.ref.value },
            { u"powerState"_s, vm.powerState }, { u"guest"_s, vm.guestFullName } });
    }
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}
} // namespace

int runInventoryCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vmdeskctl", "List the virtual machines of a vCenter."));
    parser.addHelpOption();
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("vmdeskctl", "Print JSON."));
    parser.addOption(jsonOption);
    parser.process(arguments);

    ConnectionParameters parameters;
    QString password;
    QTextStream err(stderr);
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }

    VSphereSession session;
    auto finish
        = [&session](int code) { whenDone(session.logout(), &session, [code] { QCoreApplication::exit(code); }); };
    auto onError = [&](const VimError& error) {
        err << "vmdeskctl: " << error.message() << '\n';
        err.flush();
        finish(exitCodeFor(error));
    };
    whenDone<VimError>(
        session.login(parameters, password), &session,
        [&, json = parser.isSet(jsonOption)] {
            whenDone<VimError>(
                session.virtualMachines(), &session,
                [&, json](const VmSummaryList& vms) {
                    print(vms, json);
                    finish(ExitOk);
                },
                onError);
        },
        onError);
    return QCoreApplication::exec();
}
