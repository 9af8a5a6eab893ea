// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include "cloudinit/filedriver.h"
#include "cloudinit/postgresdriver.h"
#include "command.h"

using namespace Qt::StringLiterals;

namespace {
const QString storeName = u"store"_s;
const QString passwordEnvName = u"password-env"_s;
} // namespace

void StoreOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({
        { storeName, Cli::tr("Where the documents are: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE."),
            u"STORE"_s },
        { passwordEnvName, Cli::tr("Name of the environment variable holding the PostgreSQL password."), u"VAR"_s },
    });
}

std::optional<StoreOptions::Store> StoreOptions::read(
    const QCommandLineParser& parser, QString* error, const QString& directoryOption) const
{
    const bool viaDirectory = !directoryOption.isEmpty() && parser.isSet(directoryOption);
    if (viaDirectory && parser.isSet(storeName)) {
        *error = Cli::tr("--store and --%1 say the same thing: give one of them").arg(directoryOption);
        return std::nullopt;
    }
    if (!viaDirectory && !parser.isSet(storeName)) {
        *error = directoryOption.isEmpty()
            ? Cli::tr("--store is required: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE")
            : Cli::tr("--store (or --%1) is required: file:DIR or postgresql://USER@HOST[:PORT]/DATABASE")
                  .arg(directoryOption);
        return std::nullopt;
    }
    Store result;
    if (viaDirectory) {
        // Not parsed as a URL: a folder name may contain a colon.
        result.store = MetadataStore::fileStore(parser.value(directoryOption));
    } else {
        QString why;
        const std::optional<MetadataStore> store = MetadataStore::parse(parser.value(storeName), &why);
        if (!store) {
            *error = Cli::tr("--store: %1").arg(why);
            return std::nullopt;
        }
        result.store = *store;
    }
    if (result.store.kind() == MetadataStore::Kind::File) {
        if (!QFileInfo(result.store.directory()).isDir()) {
            *error = Cli::tr("--store %1: no such folder").arg(result.store.display());
            return std::nullopt;
        }
        return result;
    }
    const QString variable = parser.value(passwordEnvName);
    if (variable.isEmpty()) {
        *error = Cli::tr("--password-env is required for %1 (the name of a variable holding the password, not the "
                         "password)")
                     .arg(result.store.display());
        return std::nullopt;
    }
    result.password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (result.password.isEmpty()) {
        *error = Cli::tr("The environment variable %1 is empty or not set.").arg(variable);
        return std::nullopt;
    }
    return result;
}

std::unique_ptr<MetadataDriver> makeMetadataDriver(const StoreOptions::Store& store, QObject* parent)
{
    if (store.store.kind() == MetadataStore::Kind::File) {
        return std::make_unique<FileDriver>(store.store.directory(), parent);
    }
    return std::make_unique<PostgresDriver>(store.store, store.password, parent);
}
