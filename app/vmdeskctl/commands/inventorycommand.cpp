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
#include "inventoryfilter.h"
#include "inventorymodel.h"
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

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')) {
        return text;
    }
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

enum class Format { Names, Json, Csv };

void print(const VmSummaryList& vms, Format format)
{
    QTextStream out(stdout);
    if (format == Format::Names) {
        for (const VmSummary& vm : vms) {
            out << vm.name << '\n';
        }
        return;
    }
    if (format == Format::Csv) {
        out << "name,id,powerState,guest,host,ipAddress,cpus,memoryMB,committedBytes,tools,notes,biosUuid\r\n"; // RFC
                                                                                                                // 4180
        for (const VmSummary& vm : vms) {
            out << csvField(vm.name) << ',' << vm.ref.value << ',' << vm.powerState << ',' << csvField(vm.guestFullName)
                << ',' << csvField(vm.host) << ',' << vm.ipAddress << ',' << vm.cpuCount << ',' << vm.memoryMb << ','
                << vm.committedBytes << ',' << vm.toolsStatus << ',' << csvField(vm.annotation) << ',' << vm.biosUuid
                << "\r\n";
        }
        return;
    }
    QJsonArray array;
    for (const VmSummary& vm : vms) {
        array.append(
            QJsonObject { { u"name"_s, vm.name }, { u"id"_s, vm.ref.value }, { u"powerState"_s, vm.powerState },
                { u"guest"_s, vm.guestFullName }, { u"host"_s, vm.host }, { u"ipAddress"_s, vm.ipAddress },
                { u"cpus"_s, vm.cpuCount }, { u"memoryMB"_s, vm.memoryMb }, { u"committedBytes"_s, vm.committedBytes },
                { u"tools"_s, vm.toolsStatus }, { u"notes"_s, vm.annotation }, { u"biosUuid"_s, vm.biosUuid } });
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
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("vmdeskctl", "Print CSV."));
    const QCommandLineOption filterOption(u"filter"_s,
        QCoreApplication::translate("vmdeskctl", "Only VMs matching this search, e.g. \"web power:on guest:linux\"."),
        u"EXPR"_s);
    parser.addOptions({ jsonOption, csvOption, filterOption });
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
        [&] {
            const Format format = parser.isSet(jsonOption) ? Format::Json
                : parser.isSet(csvOption)                  ? Format::Csv
                                                           : Format::Names;
            const InventoryFilter filter(parser.value(filterOption));
            whenDone<VimError>(
                session.virtualMachines(), &session,
                [&, format, filter](const VmSummaryList& vms) {
                    VmSummaryList shown;
                    for (const VmSummary& vm : vms) {
                        if (filter.matches(
                                { { u"name"_s, vm.name }, { u"power"_s, InventoryModel::powerStateText(vm.powerState) },
                                    { u"guest"_s, vm.guestFullName } })) {
                            shown.append(vm);
                        }
                    }
                    print(shown, format);
                    finish(ExitOk);
                },
                onError);
        },
        onError);
    return QCoreApplication::exec();
}
