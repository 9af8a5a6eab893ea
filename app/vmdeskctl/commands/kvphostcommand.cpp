// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvphostcommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cloudinit/filedriver.h"
#include "command.h"
#include "core/whendone.h"
#include "kvp/hypervkvp.h"
#include "kvp/wsmanclient.h"
#include "provisioning/cloudinitpayload.h"

using namespace Qt::StringLiterals;

namespace {
const QString usage = u"vmdeskctl kvp host list   --url URL --user USER --password-env VAR [--json]\n"
                      "vmdeskctl kvp host get    … --vm NAME [--source host|guest|intrinsic|all] [--key KEY | --json]\n"
                      "vmdeskctl kvp host push   … --vm NAME KEY VALUE [KEY VALUE …]\n"
                      "vmdeskctl kvp host remove … --vm NAME KEY [KEY …]\n"
                      "vmdeskctl kvp host push-seed … --vm NAME --directory DIR [--document NAME] "
                      "[--network-version 1|2]\n"_s;

int exitCodeFor(const WsManError& error)
{
    switch (error.kind()) {
    case WsManError::Kind::InvalidLogin:
        return ExitAuthentication;
    case WsManError::Kind::Network:
    case WsManError::Kind::UntrustedCertificate:
        return ExitConnection;
    default:
        return ExitFailure;
    }
}

// The connection every subcommand makes, and the end of the run.
struct HostRun
{
    std::unique_ptr<WsManClient> client;
    std::unique_ptr<HypervKvp> kvp;
    QTextStream out { stdout };
    QTextStream err { stderr };

    void fail(const WsManError& error)
    {
        err << "vmdeskctl: " << error.message() << Qt::endl;
        if (!error.details().isEmpty()) {
            err << "  (" << error.details() << ')' << Qt::endl;
        }
        QCoreApplication::exit(exitCodeFor(error));
    }

    void finish(int code)
    {
        out.flush();
        QCoreApplication::exit(code);
    }

    // Finds the VM, then runs `step` with it.
    void withVm(const QString& nameOrId, const std::function<void(const HypervVm&)>& step)
    {
        whenDone<WsManError>(kvp->findVm(nameOrId), kvp.get(), step, [this](const WsManError& error) { fail(error); });
    }
};

QJsonArray itemsJson(const QList<HypervKvpItem>& items, const QString& source)
{
    QJsonArray array;
    for (const HypervKvpItem& item : items) {
        array.append(QJsonObject { { u"source"_s, source }, { u"key"_s, item.name }, { u"value"_s, item.data } });
    }
    return array;
}

int run(const QStringList& arguments)
{
    const QString subcommand = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("A Hyper-V host's VMs and KVP items over WS-Management (WinRM, https://HOST:5986/wsman by default).\n"
                "get reads the host items (pool 0 in the guest), the guest's items (pool 1) and its intrinsic "
                "items (pool 2). push adds or modifies host items (ModifyKvpItems for keys the VM has, AddKvpItems "
                "for the others); remove deletes host items. push-seed sends <DIR>/<NAME>.yaml's cloud-init seed as "
                "vmdesk.<part>.* items, which vmdeskctl guest-fetch --kvp reads in the guest.\n"
                "The password is read from the variable named by --password-env. --auth windows lets Qt negotiate "
                "Kerberos or NTLM (HTTPS only); basic needs WinRM's Auth/Basic and a local account.\n"
                "Exit codes: 0 done, 1 failed (or --key absent), 2 usage, 3 login refused, 4 connection or "
                "certificate.\n\n")
        + usage);
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s, Cli::tr("WinRM address (host, host:port or URL)."), u"URL"_s);
    const QCommandLineOption user(u"user"_s, Cli::tr("User name (DOMAIN\\user or a local user)."), u"USER"_s);
    const QCommandLineOption passwordEnv(
        u"password-env"_s, Cli::tr("Name of the environment variable holding the password."), u"VAR"_s);
    const QCommandLineOption auth(u"auth"_s, Cli::tr("basic (default) or windows."), u"METHOD"_s, u"basic"_s);
    const QCommandLineOption thumbprint(
        u"thumbprint"_s, Cli::tr("Trust a server certificate with this SHA-256 thumbprint (hex)."), u"SHA256"_s);
    const QCommandLineOption vm(u"vm"_s, Cli::tr("The VM's name or GUID."), u"NAME"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print JSON."));
    const QCommandLineOption source(
        u"source"_s, Cli::tr("Which items: host, guest, intrinsic or all (default)."), u"SOURCE"_s, u"all"_s);
    const QCommandLineOption key(u"key"_s, Cli::tr("Print only this key's value, without a newline."), u"KEY"_s);
    const QCommandLineOption directory(u"directory"_s, Cli::tr("Folder with one <name>.yaml per VM."), u"DIR"_s);
    const QCommandLineOption document(u"document"_s, Cli::tr("The document's name, if not the VM's."), u"NAME"_s);
    const QCommandLineOption networkVersion(
        u"network-version"_s, Cli::tr("Network configuration version 1 or 2 (default: the document's)."), u"1|2"_s);
    parser.addOptions(
        { url, user, passwordEnv, auth, thumbprint, vm, json, source, key, directory, document, networkVersion });
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s) || subcommand.isEmpty()) {
        QTextStream(stdout) << parser.helpText();
        return subcommand.isEmpty() ? ExitUsage : ExitOk;
    }
    static const QStringList known { u"list"_s, u"get"_s, u"push"_s, u"remove"_s, u"push-seed"_s };
    if (!known.contains(subcommand)) {
        err << Cli::tr("unknown subcommand \"%1\"").arg(subcommand) << "\n\n" << usage;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments().mid(1);

    WsManEndpoint endpoint;
    QString why;
    endpoint.url = WsManEndpoint::normalizedUrl(parser.value(url), &why);
    if (!endpoint.url.isValid()) {
        err << Cli::tr("--url: %1").arg(why) << '\n';
        return ExitUsage;
    }
    endpoint.user = parser.value(user);
    if (endpoint.user.isEmpty()) {
        err << Cli::tr("--user is required.") << '\n';
        return ExitUsage;
    }
    const QString authentication = parser.value(auth);
    if (authentication != u"basic"_s && authentication != u"windows"_s) {
        err << Cli::tr("--auth takes basic or windows") << '\n';
        return ExitUsage;
    }
    endpoint.authentication
        = authentication == u"basic"_s ? WsManEndpoint::Authentication::Basic : WsManEndpoint::Authentication::Windows;
    if (parser.isSet(thumbprint)) {
        endpoint.pinnedCertificateSha256 = QByteArray::fromHex(parser.value(thumbprint).remove(u':').toLatin1());
        if (endpoint.pinnedCertificateSha256.size() != 32) {
            err << Cli::tr("--thumbprint needs a SHA-256 digest (64 hex digits).") << '\n';
            return ExitUsage;
        }
    }
    if (const QString problem = endpoint.problem(); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }
    const QString variable = parser.value(passwordEnv);
    if (variable.isEmpty()) {
        err << Cli::tr("--password-env is required (the name of a variable, not the password).") << '\n';
        return ExitUsage;
    }
    const QString password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (password.isEmpty()) {
        err << Cli::tr("The environment variable %1 is empty or not set.").arg(variable) << '\n';
        return ExitUsage;
    }
    if (subcommand != u"list"_s && !parser.isSet(vm)) {
        err << Cli::tr("--vm is required") << "\n\n" << usage;
        return ExitUsage;
    }
    static const QStringList sources { u"host"_s, u"guest"_s, u"intrinsic"_s, u"all"_s };
    if (!sources.contains(parser.value(source))) {
        err << Cli::tr("--source takes host, guest, intrinsic or all") << '\n';
        return ExitUsage;
    }
    if ((subcommand == u"push"_s && (positional.isEmpty() || positional.size() % 2 != 0))
        || (subcommand == u"remove"_s && positional.isEmpty())
        || ((subcommand == u"list"_s || subcommand == u"get"_s || subcommand == u"push-seed"_s)
            && !positional.isEmpty())) {
        err << Cli::tr("wrong arguments for %1").arg(subcommand) << "\n\n" << usage;
        return ExitUsage;
    }

    QList<HypervKvpItem> pushed;
    for (qsizetype i = 0; subcommand == u"push"_s && i + 1 < positional.size(); i += 2) {
        pushed.append({ positional.at(i), positional.at(i + 1) });
        if (const QString problem = HypervKvp::checkItem(pushed.last()); !problem.isEmpty()) {
            err << "vmdeskctl: " << problem << '\n';
            return ExitFailure;
        }
    }
    std::optional<CloudInitPayload> seed;
    if (subcommand == u"push-seed"_s) {
        const QString name = parser.isSet(document) ? parser.value(document) : parser.value(vm);
        if (!parser.isSet(directory) || !FileDriver::isSafeKey(name)) {
            err << Cli::tr("push-seed needs --directory and a document name that is a plain file name") << '\n';
            return ExitUsage;
        }
        const QString version = parser.value(networkVersion);
        if (parser.isSet(networkVersion) && version != u"1"_s && version != u"2"_s) {
            err << Cli::tr("--network-version must be 1 or 2") << '\n';
            return ExitUsage;
        }
        seed = CloudInitPayload::build(parser.value(directory), name, CloudInitPayload::Channel::Kvp,
            parser.isSet(networkVersion) ? version.toInt() : 0);
        if (!seed->isValid()) {
            err << seed->error << '\n';
            return ExitFailure;
        }
    }

    HostRun host;
    host.client = std::make_unique<WsManClient>(endpoint, password);
    host.kvp = std::make_unique<HypervKvp>(host.client.get());
    HypervKvp* kvp = host.kvp.get();
    const bool asJson = parser.isSet(json);

    if (subcommand == u"list"_s) {
        whenDone<WsManError>(
            kvp->virtualMachines(), kvp,
            [&host, asJson](const QList<HypervVm>& vms) {
                QJsonArray array;
                for (const HypervVm& one : vms) {
                    if (asJson) {
                        array.append(QJsonObject { { u"name"_s, one.name }, { u"id"_s, one.id },
                            { u"enabledState"_s, one.enabledState }, { u"state"_s, one.stateText() } });
                    } else {
                        host.out << one.name << '\t' << one.stateText() << '\t' << one.id << '\n';
                    }
                }
                if (asJson) {
                    host.out << QJsonDocument(array).toJson();
                }
                host.finish(ExitOk);
            },
            [&host](const WsManError& error) { host.fail(error); });
    } else if (subcommand == u"get"_s) {
        const QString which = parser.value(source);
        const QString wanted = parser.value(key);
        const bool onlyKey = parser.isSet(key);
        host.withVm(parser.value(vm), [&host, kvp, which, wanted, onlyKey, asJson](const HypervVm& found) {
            whenDone<WsManError>(
                kvp->items(found.id), kvp,
                [&host, which, wanted, onlyKey, asJson](const HypervKvpItems& items) {
                    const QList<std::pair<QString, const QList<HypervKvpItem>*>> groups { { u"host"_s, &items.host },
                        { u"guest"_s, &items.guest }, { u"intrinsic"_s, &items.intrinsic } };
                    QJsonArray array;
                    for (const auto& [name, list] : groups) {
                        if (which != u"all"_s && which != name) {
                            continue;
                        }
                        for (const HypervKvpItem& item : *list) {
                            if (onlyKey && item.name == wanted) {
                                const QByteArray value = item.data.toUtf8();
                                std::fwrite(value.constData(), 1, size_t(value.size()), stdout);
                                host.finish(ExitOk);
                                return;
                            }
                            if (!onlyKey && !asJson) {
                                host.out << (which == u"all"_s ? u"Source: "_s + name + u", "_s : QString())
                                         << "Key: " << item.name << ", Value: " << item.data << '\n';
                            }
                        }
                        array += itemsJson(*list, name);
                    }
                    for (const QString& problem : items.unreadable) {
                        host.err << Cli::tr("warning: an item could not be read: %1").arg(problem) << Qt::endl;
                    }
                    if (onlyKey) {
                        host.finish(ExitFailure);
                        return;
                    }
                    if (asJson) {
                        host.out << QJsonDocument(array).toJson();
                    }
                    host.finish(ExitOk);
                },
                [&host](const WsManError& error) { host.fail(error); });
        });
    } else if (subcommand == u"push"_s || subcommand == u"push-seed"_s) {
        host.withVm(parser.value(vm), [&host, kvp, pushed, seed](const HypervVm& found) {
            const QFuture<HypervPushResult> done = seed
                ? kvp->pushSeed(found.id, { seed->files.metaData, seed->files.userData, seed->files.networkConfig })
                : kvp->push(found.id, pushed);
            whenDone<WsManError>(
                done, kvp,
                [&host, found](const HypervPushResult& result) {
                    host.out
                        << Cli::tr("%1: added %2, modified %3").arg(found.name).arg(result.added).arg(result.modified)
                        << '\n';
                    host.finish(ExitOk);
                },
                [&host](const WsManError& error) { host.fail(error); });
        });
    } else {
        host.withVm(parser.value(vm), [&host, kvp, positional](const HypervVm& found) {
            whenDone<WsManError>(
                kvp->remove(found.id, positional), kvp,
                [&host, found, positional] {
                    host.out << Cli::tr("%1: removed %2").arg(found.name).arg(positional.size()) << '\n';
                    host.finish(ExitOk);
                },
                [&host](const WsManError& error) { host.fail(error); });
        });
    }
    return QCoreApplication::exec();
}
} // namespace

int runKvpHostCommand(const QStringList& arguments)
{
    return run(arguments);
}
