// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "vsphere/managedobjectref.h"

class KDSoapValue;
class VimError;
class VSphereSession;

// Who to be inside the guest (NamePasswordAuthentication). Held only as long as a call needs it.
struct GuestCredentials
{
    QString user;
    QString password;
};

struct GuestFileInfo
{
    QString path; // the name, as ListFilesInGuest gives it
    QString type; // "file", "directory", "symlink"
    qint64 size = 0;
    QDateTime modified;
    QDateTime accessed;
    std::optional<qint64> owner; // uid
    std::optional<qint64> group; // gid
    std::optional<qint64> permissions; // POSIX mode bits
    QString symlinkTarget;

    bool isDirectory() const { return type == QLatin1String("directory"); }
};

struct GuestFileListing
{
    QList<GuestFileInfo> files;
    int remaining = 0; // entries after this page
};

// What ChangeFileAttributesInGuest sets; unset members stay as they are.
struct GuestFileAttributes
{
    std::optional<qint64> permissions;
    std::optional<qint64> owner;
    std::optional<qint64> group;
    std::optional<QDateTime> modified;
    std::optional<QDateTime> accessed;
};

struct GuestProgramSpec
{
    QString program; // absolute path in the guest
    QString arguments; // one string: Linux guests run "program arguments" through a shell
    QString workingDirectory; // empty: the guest user's home
    QStringList environment; // NAME=value
};

struct GuestProcessInfo
{
    QString name;
    qint64 pid = 0;
    QString owner;
    QString commandLine;
    QDateTime started;
    QDateTime ended; // null while it runs
    std::optional<int> exitCode; // set once it ended

    bool hasEnded() const { return ended.isValid(); }
};

struct GuestDownloadSource
{
    QUrl url; // "*" already replaced by the host vmdesk talks to
    qint64 size = 0;
};

// VMware Tools' guest operations through vCenter's GuestOperationsManager: files, transfers,
// processes and the environment of a powered-on VM whose Tools run. Futures fail with VimError whose
// message says what went wrong in the guest's terms (wrong guest password, no such file, Tools not
// running …); the raw fault is in details().
class GuestOperations : public QObject
{
    Q_OBJECT
public:
    explicit GuestOperations(VSphereSession* session, QObject* parent = nullptr);

    QFuture<void> validateCredentials(const ManagedObjectRef& vm, const GuestCredentials& credentials);

    // One page of a directory (ESXi's default page is 50 entries; maxResults 0 leaves it to ESXi).
    QFuture<GuestFileListing> listFiles(const ManagedObjectRef& vm, const GuestCredentials& credentials,
        const QString& path, int index = 0, int maxResults = 0, const QString& matchPattern = {});
    // Every entry, page after page.
    QFuture<QList<GuestFileInfo>> listAllFiles(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path);
    QFuture<void> makeDirectory(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path, bool parents);
    QFuture<void> deleteFile(const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path);
    QFuture<void> deleteDirectory(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path, bool recursive);
    QFuture<void> moveFile(const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& from,
        const QString& to, bool overwrite);
    QFuture<void> moveDirectory(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& from, const QString& to);
    QFuture<void> changeAttributes(const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& path,
        const GuestFileAttributes& attributes);
    QFuture<QString> createTemporaryFile(const ManagedObjectRef& vm, const GuestCredentials& credentials,
        const QString& prefix, const QString& suffix, const QString& directory = {});
    QFuture<QString> createTemporaryDirectory(const ManagedObjectRef& vm, const GuestCredentials& credentials,
        const QString& prefix, const QString& suffix, const QString& directory = {});

    QFuture<QUrl> initiateUpload(const ManagedObjectRef& vm, const GuestCredentials& credentials,
        const QString& guestPath, qint64 size, bool overwrite);
    QFuture<GuestDownloadSource> initiateDownload(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QString& guestPath);

    QFuture<qint64> startProgram(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const GuestProgramSpec& spec);
    // The given processes, or every process Tools knows when `pids` is empty.
    QFuture<QList<GuestProcessInfo>> listProcesses(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QList<qint64>& pids = {});
    QFuture<void> terminateProcess(const ManagedObjectRef& vm, const GuestCredentials& credentials, qint64 pid);
    // NAME=value lines; every variable when `names` is empty.
    QFuture<QStringList> readEnvironment(
        const ManagedObjectRef& vm, const GuestCredentials& credentials, const QStringList& names = {});
    // "linuxGuest", "windowsGuest", … from the VM's guest information (empty when Tools do not say).
    QFuture<QString> guestFamily(const ManagedObjectRef& vm);

    VSphereSession* session() const;
    // A transfer URL as ESXi gives it (host "*") pointed at the server vmdesk talks to.
    QUrl transferUrl(const QString& url) const;
    // The SHA-1 thumbprint to trust for a transfer URL: the pinned vCenter/ESXi certificate for the
    // server vmdesk talks to, the ESXi host's own (summary.config.sslThumbprint) for another host;
    // empty: verify as usual.
    QFuture<QByteArray> transferThumbprint(const ManagedObjectRef& vm, const QUrl& url);

    // A guest-operation fault in words, naming `path` (or the program) where it applies.
    static VimError guestError(const VimError& error, const QString& subject);

private:
    enum class Manager { File, Process, Auth };
    // Calls `method` on the file, process or auth manager with vm and auth first.
    QFuture<KDSoapValue> call(Manager manager, const QString& method, const ManagedObjectRef& vm,
        const GuestCredentials& credentials, const QList<KDSoapValue>& arguments, const QString& subject);
    QFuture<QString> createTemporary(const QString& method, const ManagedObjectRef& vm,
        const GuestCredentials& credentials, const QString& prefix, const QString& suffix, const QString& directory);
    QFuture<void> callVoid(Manager manager, const QString& method, const ManagedObjectRef& vm,
        const GuestCredentials& credentials, const QList<KDSoapValue>& arguments, const QString& subject);

    QPointer<VSphereSession> m_session;
    ManagedObjectRef m_managers[3];
};
