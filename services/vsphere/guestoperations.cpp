// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestoperations.h"

#include <QCoreApplication>

#include <KDSoapClient/KDSoapValue.h>

#include "core/promises.h"
#include "core/whendone.h"
#include "vsphere/faultmessage.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
KDSoapValue returnValue(const KDSoapValue& response)
{
    return response.childValues().child(u"returnval"_s);
}

QList<KDSoapValue> childrenNamed(const KDSoapValue& parent, const QString& name)
{
    QList<KDSoapValue> found;
    for (const KDSoapValue& child : parent.childValues()) {
        if (child.name() == name) {
            found.append(child);
        }
    }
    return found;
}

QString text(const KDSoapValue& parent, const QString& name)
{
    return parent.childValues().child(name).value().toString();
}

std::optional<qint64> number(const KDSoapValue& parent, const QString& name)
{
    const KDSoapValue value = parent.childValues().child(name);
    bool ok = false;
    const qint64 n = value.value().toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QDateTime dateTime(const KDSoapValue& parent, const QString& name)
{
    return QDateTime::fromString(text(parent, name), Qt::ISODateWithMs);
}

KDSoapValue dateTimeElement(const QString& name, const QDateTime& when)
{
    return VimClient::element(name, when.toUTC().toString(Qt::ISODateWithMs));
}

GuestFileInfo fileInfo(const KDSoapValue& file)
{
    GuestFileInfo info;
    info.path = text(file, u"path"_s);
    info.type = text(file, u"type"_s);
    info.size = number(file, u"size"_s).value_or(0);
    const KDSoapValue attributes = file.childValues().child(u"attributes"_s);
    info.modified = dateTime(attributes, u"modificationTime"_s);
    info.accessed = dateTime(attributes, u"accessTime"_s);
    info.owner = number(attributes, u"ownerId"_s);
    info.group = number(attributes, u"groupId"_s);
    info.permissions = number(attributes, u"permissions"_s);
    info.symlinkTarget = text(attributes, u"symlinkTarget"_s);
    return info;
}

// GuestFileAttributes' members come before GuestPosixFileAttributes' in the schema's sequence.
KDSoapValue posixAttributes(const QString& name, const GuestFileAttributes& attributes)
{
    QList<KDSoapValue> members;
    if (attributes.modified) {
        members.append(dateTimeElement(u"modificationTime"_s, *attributes.modified));
    }
    if (attributes.accessed) {
        members.append(dateTimeElement(u"accessTime"_s, *attributes.accessed));
    }
    if (attributes.owner) {
        members.append(VimClient::element(u"ownerId"_s, *attributes.owner));
    }
    if (attributes.group) {
        members.append(VimClient::element(u"groupId"_s, *attributes.group));
    }
    if (attributes.permissions) {
        members.append(VimClient::element(u"permissions"_s, *attributes.permissions));
    }
    return VimClient::typedElement(name, u"GuestPosixFileAttributes"_s, members);
}
} // namespace

GuestOperations::GuestOperations(VSphereSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

VimError GuestOperations::guestError(const VimError& error, const QString& subject)
{
    QString type = error.faultType();
    if (const qsizetype dot = type.lastIndexOf(u'.'); dot >= 0) {
        type = type.mid(dot + 1);
    }
    if (type.endsWith(u"Fault"_s) && type.size() > 5) {
        type.chop(5);
    }
    QString message;
    if (type == u"InvalidGuestLogin"_s) {
        message = tr("The guest refused the user name or password.");
    } else if (type == u"GuestAuthenticationChallenge"_s) {
        message = tr("The guest asks for a further authentication step, which vmdesk does not answer.");
    } else if (type == u"GuestOperationsUnavailable"_s || type == u"ToolsUnavailable"_s) {
        message = tr("Guest operations are not available: the VM must be powered on with VMware Tools running.");
    } else if (type == u"GuestComponentsOutOfDate"_s) {
        message = tr("The VM's VMware Tools are too old for guest operations; update them.");
    } else if (type == u"TooManyGuestLogons"_s) {
        message = tr("The guest has too many open guest-operation sessions; try again in a moment.");
    } else if (type == u"OperationDisabledByGuest"_s) {
        message = tr("The guest's VMware Tools configuration disables this operation.");
    } else if (type == u"OperationNotSupportedByGuest"_s) {
        message = tr("The guest's operating system or Tools do not support this operation.");
    } else if (type == u"GuestMultipleMappings"_s) {
        message = tr("The guest user maps to more than one account; use a unique user.");
    } else if (type == u"CannotAccessFile"_s) {
        message = tr("%1 cannot be read or written in the guest.").arg(subject);
    } else if (type == u"FileTooLarge"_s) {
        message = tr("%1 is too large for the guest's file system.").arg(subject);
    } else if (type == u"InvalidPowerState"_s) {
        message = tr("Guest operations need a powered-on VM.");
    } else if (type == u"FileNotFound"_s) {
        message = tr("%1 does not exist in the guest.").arg(subject);
    } else if (type == u"FileAlreadyExists"_s) {
        message = tr("%1 already exists in the guest.").arg(subject);
    } else if (type == u"NotADirectory"_s) {
        message = tr("%1 is not a folder.").arg(subject);
    } else if (type == u"NotAFile"_s) {
        message = tr("%1 is not a file.").arg(subject);
    } else if (type == u"DirectoryNotEmpty"_s) {
        message = tr("%1 is not empty.").arg(subject);
    } else if (type == u"GuestPermissionDenied"_s) {
        message = tr("The guest user may not do this with %1 (permission denied).").arg(subject);
    } else if (type == u"GuestProcessNotFound"_s) {
        message = tr("There is no process %1 in the guest.").arg(subject);
    } else if (type == u"InvalidArgument"_s) {
        message = tr("The guest refused a value of the request for %1 as invalid (paths must be absolute, patterns "
                     "valid regular expressions).")
                      .arg(subject);
    }
    if (message.isEmpty()) {
        return error;
    }
    VimError translated(error.kind(), message, error.faultType());
    translated.setDetails(error.details().isEmpty() ? error.message() : error.details());
    return translated;
}

VSphereSession* GuestOperations::session() const
{
    return m_session;
}

QUrl GuestOperations::transferUrl(const QString& url) const
{
    // ESXi names itself "*"; through vCenter the URL names the ESXi host, which vmdesk reaches as it is.
    // QUrl does not take "*" as a host, so it is swapped for a placeholder first.
    static const QString placeholder = u"vmdesk-transfer-host.invalid"_s;
    QString text = url;
    const qsizetype star = text.indexOf(u"://*"_s);
    if (star >= 0) {
        text.replace(star + 3, 1, placeholder);
    }
    QUrl fixed(text);
    if (fixed.host() == placeholder && m_session) {
        const QUrl sdk = m_session->client()->sdkUrl();
        fixed.setHost(sdk.host());
        if (fixed.port() == -1) {
            fixed.setPort(sdk.port());
        }
    }
    return fixed;
}

QFuture<QByteArray> GuestOperations::transferThumbprint(const ManagedObjectRef& vm, const QUrl& url)
{
    auto promise = startedPromise<QByteArray>();
    if (!m_session) {
        failWith(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    if (url.scheme() != u"https"_s) {
        promise->addResult(QByteArray());
        promise->finish();
        return promise->future();
    }
    if (url.host() == m_session->client()->sdkUrl().host()) {
        promise->addResult(m_session->client()->acceptedPinnedSha1());
        promise->finish();
        return promise->future();
    }
    // Through vCenter the URL names the VM's ESXi host; vCenter knows that host's thumbprint, as govc reads it.
    QPointer<VSphereSession> session = m_session;
    whenDone<VimError>(
        m_session->retrieveProperties(vm, { u"runtime.host"_s }), this,
        [this, session, promise](const QHash<QString, KDSoapValue>& properties) {
            const ManagedObjectRef host = VimClient::toReference(properties.value(u"runtime.host"_s));
            if (!session || host.isNull()) {
                promise->addResult(QByteArray());
                promise->finish();
                return;
            }
            whenDone<VimError>(
                session->retrieveProperties(host, { u"summary.config.sslThumbprint"_s }), this,
                [promise](const QHash<QString, KDSoapValue>& hostProperties) {
                    QString hex = hostProperties.value(u"summary.config.sslThumbprint"_s).value().toString();
                    hex.remove(u':');
                    promise->addResult(QByteArray::fromHex(hex.toLatin1()));
                    promise->finish();
                },
                [promise](const VimError& error) { failWith(promise, error); });
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<KDSoapValue> GuestOperations::call(Manager manager, const QString& method, const ManagedObjectRef& vm,
    const GuestCredentials& credentials, const QList<KDSoapValue>& arguments, const QString& subject)
{
    auto promise = startedPromise<KDSoapValue>();
    if (!m_session) {
        failWith(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    if (credentials.user.isEmpty()) {
        failWith(promise, VimError(VimError::Kind::InvalidLogin, tr("A guest user name is required.")));
        return promise->future();
    }
    QPointer<VSphereSession> session = m_session;
    const auto send = [this, session, manager, method, vm, credentials, arguments, subject, promise] {
        if (!session) {
            failWith(promise, VimError::cancelled());
            return;
        }
        QList<KDSoapValue> all { VimClient::reference(u"vm"_s, vm),
            VimClient::typedElement(u"auth"_s, u"NamePasswordAuthentication"_s,
                { VimClient::element(u"interactiveSession"_s, false),
                    VimClient::element(u"username"_s, credentials.user),
                    VimClient::element(u"password"_s, credentials.password) }) };
        all += arguments;
        whenDone<VimError>(
            session->call(method, m_managers[int(manager)], all), this,
            [promise](const KDSoapValue& response) {
                promise->addResult(response);
                promise->finish();
            },
            [promise, subject](const VimError& error) { failWith(promise, guestError(error, subject)); });
    };
    if (!m_managers[int(manager)].isNull()) {
        send();
        return promise->future();
    }
    const ManagedObjectRef operations = m_session->serviceContent().guestOperationsManager;
    if (operations.isNull()) {
        failWith(promise,
            VimError(
                VimError::Kind::Fault, tr("This server offers no guest operations (vSphere 5.0 or later needed).")));
        return promise->future();
    }
    whenDone<VimError>(
        m_session->retrieveProperties(operations, { u"fileManager"_s, u"processManager"_s, u"authManager"_s }), this,
        [this, promise, send](const QHash<QString, KDSoapValue>& properties) {
            m_managers[int(Manager::File)] = VimClient::toReference(properties.value(u"fileManager"_s));
            m_managers[int(Manager::Process)] = VimClient::toReference(properties.value(u"processManager"_s));
            m_managers[int(Manager::Auth)] = VimClient::toReference(properties.value(u"authManager"_s));
            send();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<void> GuestOperations::callVoid(Manager manager, const QString& method, const ManagedObjectRef& vm,
    const GuestCredentials& credentials, const QList<KDSoapValue>& arguments, const QString& subject)
{
    auto promise = startedPromise<void>();
    whenDone<VimError>(
        call(manager, method, vm, credentials, arguments, subject), this,
        [promise](const KDSoapValue&) { promise->finish(); },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<void> GuestOperations::validateCredentials(const ManagedObjectRef& vm, const GuestCredentials& credentials)
{
    return callVoid(Manager::Auth, u"ValidateCredentialsInGuest"_s, vm, credentials, {}, credentials.user);
}

QFuture<GuestFileListing> GuestOperations::listFiles(const ManagedObjectRef& vm, const GuestCredentials& credentials,
    const QString& path, int index, int maxResults, const QString& matchPattern)
{
    QList<KDSoapValue> arguments { VimClient::element(u"filePath"_s, path), VimClient::element(u"index"_s, index) };
    if (maxResults > 0) {
        arguments.append(VimClient::element(u"maxResults"_s, maxResults));
    }
    if (!matchPattern.isEmpty()) {
        arguments.append(VimClient::element(u"matchPattern"_s, matchPattern));
    }
    auto promise = startedPromise<GuestFileListing>();
    whenDone<VimError>(
        call(Manager::File, u"ListFilesInGuest"_s, vm, credentials, arguments, path), this,
        [promise](const KDSoapValue& response) {
            const KDSoapValue listing = returnValue(response);
            GuestFileListing result;
            for (const KDSoapValue& file : childrenNamed(listing, u"files"_s)) {
                result.files.append(fileInfo(file));
            }
            result.remaining = int(number(listing, u"remaining"_s).value_or(0));
            promise->addResult(result);
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<QList<GuestFileInfo>> GuestOperations::listAllFiles(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path)
{
    auto promise = startedPromise<QList<GuestFileInfo>>();
    auto gathered = std::make_shared<QList<GuestFileInfo>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, vm, credentials, path, promise, gathered, weakNext = std::weak_ptr(next)] {
        whenDone<VimError>(
            listFiles(vm, credentials, path, int(gathered->size())), this,
            [promise, gathered, weakNext](const GuestFileListing& page) {
                gathered->append(page.files);
                const auto again = weakNext.lock();
                if (page.remaining > 0 && !page.files.isEmpty() && again) {
                    (*again)();
                    return;
                }
                promise->addResult(*gathered);
                promise->finish();
            },
            [promise](const VimError& error) { failWith(promise, error); });
    };
    (*next)();
    // The chain keeps itself alive until the last page.
    whenDone(promise->future(), this, [next](const QList<GuestFileInfo>&) {});
    return promise->future();
}

QFuture<void> GuestOperations::makeDirectory(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path, bool parents)
{
    return callVoid(Manager::File, u"MakeDirectoryInGuest"_s, vm, credentials,
        { VimClient::element(u"directoryPath"_s, path), VimClient::element(u"createParentDirectories"_s, parents) },
        path);
}

QFuture<void> GuestOperations::deleteFile(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path)
{
    return callVoid(
        Manager::File, u"DeleteFileInGuest"_s, vm, credentials, { VimClient::element(u"filePath"_s, path) }, path);
}

QFuture<void> GuestOperations::deleteDirectory(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path, bool recursive)
{
    return callVoid(Manager::File, u"DeleteDirectoryInGuest"_s, vm, credentials,
        { VimClient::element(u"directoryPath"_s, path), VimClient::element(u"recursive"_s, recursive) }, path);
}

QFuture<void> GuestOperations::moveFile(const ManagedObjectRef& vm, const GuestCredentials& credentials,
    const QString& from, const QString& to, bool overwrite)
{
    return callVoid(Manager::File, u"MoveFileInGuest"_s, vm, credentials,
        { VimClient::element(u"srcFilePath"_s, from), VimClient::element(u"dstFilePath"_s, to),
            VimClient::element(u"overwrite"_s, overwrite) },
        from);
}

QFuture<void> GuestOperations::moveDirectory(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& from, const QString& to)
{
    return callVoid(Manager::File, u"MoveDirectoryInGuest"_s, vm, credentials,
        { VimClient::element(u"srcDirectoryPath"_s, from), VimClient::element(u"dstDirectoryPath"_s, to) }, from);
}

QFuture<void> GuestOperations::changeAttributes(const ManagedObjectRef& vm, const GuestCredentials& credentials,
    const QString& path, const GuestFileAttributes& attributes)
{
    return callVoid(Manager::File, u"ChangeFileAttributesInGuest"_s, vm, credentials,
        { VimClient::element(u"guestFilePath"_s, path), posixAttributes(u"fileAttributes"_s, attributes) }, path);
}

QFuture<QString> GuestOperations::createTemporaryFile(const ManagedObjectRef& vm, const GuestCredentials& credentials,
    const QString& prefix, const QString& suffix, const QString& directory)
{
    return createTemporary(u"CreateTemporaryFileInGuest"_s, vm, credentials, prefix, suffix, directory);
}

QFuture<QString> GuestOperations::createTemporaryDirectory(const ManagedObjectRef& vm,
    const GuestCredentials& credentials, const QString& prefix, const QString& suffix, const QString& directory)
{
    return createTemporary(u"CreateTemporaryDirectoryInGuest"_s, vm, credentials, prefix, suffix, directory);
}

QFuture<QString> GuestOperations::createTemporary(const QString& method, const ManagedObjectRef& vm,
    const GuestCredentials& credentials, const QString& prefix, const QString& suffix, const QString& directory)
{
    QList<KDSoapValue> arguments { VimClient::element(u"prefix"_s, prefix), VimClient::element(u"suffix"_s, suffix) };
    if (!directory.isEmpty()) {
        arguments.append(VimClient::element(u"directoryPath"_s, directory));
    }
    auto promise = startedPromise<QString>();
    whenDone<VimError>(
        call(Manager::File, method, vm, credentials, arguments,
            directory.isEmpty() ? tr("the temporary folder") : directory),
        this,
        [promise](const KDSoapValue& response) {
            promise->addResult(returnValue(response).value().toString());
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<QUrl> GuestOperations::initiateUpload(const ManagedObjectRef& vm, const GuestCredentials& credentials,
    const QString& guestPath, qint64 size, bool overwrite)
{
    auto promise = startedPromise<QUrl>();
    whenDone<VimError>(
        call(Manager::File, u"InitiateFileTransferToGuest"_s, vm, credentials,
            { VimClient::element(u"guestFilePath"_s, guestPath), posixAttributes(u"fileAttributes"_s, {}),
                VimClient::element(u"fileSize"_s, size), VimClient::element(u"overwrite"_s, overwrite) },
            guestPath),
        this,
        [this, promise](const KDSoapValue& response) {
            promise->addResult(transferUrl(returnValue(response).value().toString()));
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<GuestDownloadSource> GuestOperations::initiateDownload(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& guestPath)
{
    auto promise = startedPromise<GuestDownloadSource>();
    whenDone<VimError>(
        call(Manager::File, u"InitiateFileTransferFromGuest"_s, vm, credentials,
            { VimClient::element(u"guestFilePath"_s, guestPath) }, guestPath),
        this,
        [this, promise](const KDSoapValue& response) {
            const KDSoapValue info = returnValue(response);
            promise->addResult(
                GuestDownloadSource { transferUrl(text(info, u"url"_s)), number(info, u"size"_s).value_or(0) });
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<qint64> GuestOperations::startProgram(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const GuestProgramSpec& spec)
{
    QList<KDSoapValue> members { VimClient::element(u"programPath"_s, spec.program),
        VimClient::element(u"arguments"_s, spec.arguments) };
    if (!spec.workingDirectory.isEmpty()) {
        members.append(VimClient::element(u"workingDirectory"_s, spec.workingDirectory));
    }
    for (const QString& variable : spec.environment) {
        members.append(VimClient::element(u"envVariables"_s, variable));
    }
    auto promise = startedPromise<qint64>();
    whenDone<VimError>(
        call(Manager::Process, u"StartProgramInGuest"_s, vm, credentials,
            { VimClient::typedElement(u"spec"_s, u"GuestProgramSpec"_s, members) }, spec.program),
        this,
        [promise](const KDSoapValue& response) {
            promise->addResult(returnValue(response).value().toString().toLongLong());
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<QList<GuestProcessInfo>> GuestOperations::listProcesses(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QList<qint64>& pids)
{
    QList<KDSoapValue> arguments;
    for (const qint64 pid : pids) {
        arguments.append(VimClient::element(u"pids"_s, pid));
    }
    auto promise = startedPromise<QList<GuestProcessInfo>>();
    whenDone<VimError>(
        call(Manager::Process, u"ListProcessesInGuest"_s, vm, credentials, arguments, tr("the process list")), this,
        [promise](const KDSoapValue& response) {
            QList<GuestProcessInfo> processes;
            for (const KDSoapValue& process : childrenNamed(response, u"returnval"_s)) {
                GuestProcessInfo info;
                info.name = text(process, u"name"_s);
                info.pid = number(process, u"pid"_s).value_or(0);
                info.owner = text(process, u"owner"_s);
                info.commandLine = text(process, u"cmdLine"_s);
                info.started = dateTime(process, u"startTime"_s);
                info.ended = dateTime(process, u"endTime"_s);
                if (info.ended.isValid()) {
                    info.exitCode = int(number(process, u"exitCode"_s).value_or(0)); // vim25 leaves out a 0
                }
                processes.append(info);
            }
            promise->addResult(processes);
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<void> GuestOperations::terminateProcess(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, qint64 pid)
{
    return callVoid(Manager::Process, u"TerminateProcessInGuest"_s, vm, credentials,
        { VimClient::element(u"pid"_s, pid) }, QString::number(pid));
}

QFuture<QStringList> GuestOperations::readEnvironment(
    const ManagedObjectRef& vm, const GuestCredentials& credentials, const QStringList& names)
{
    QList<KDSoapValue> arguments;
    for (const QString& name : names) {
        arguments.append(VimClient::element(u"names"_s, name));
    }
    auto promise = startedPromise<QStringList>();
    whenDone<VimError>(
        call(Manager::Process, u"ReadEnvironmentVariableInGuest"_s, vm, credentials, arguments, tr("the environment")),
        this,
        [promise](const KDSoapValue& response) {
            QStringList lines;
            for (const KDSoapValue& line : childrenNamed(response, u"returnval"_s)) {
                lines.append(line.value().toString());
            }
            promise->addResult(lines);
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<QString> GuestOperations::guestFamily(const ManagedObjectRef& vm)
{
    auto promise = startedPromise<QString>();
    if (!m_session) {
        failWith(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    whenDone<VimError>(
        m_session->retrieveProperties(vm, { u"guest.guestFamily"_s }), this,
        [promise](const QHash<QString, KDSoapValue>& properties) {
            promise->addResult(properties.value(u"guest.guestFamily"_s).value().toString());
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}
