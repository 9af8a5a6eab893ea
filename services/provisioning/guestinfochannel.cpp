// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestinfochannel.h"

#include <QPromise>

#include "core/promises.h"
#include "core/whendone.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList payloadKeys { u"guestinfo.metadata"_s, u"guestinfo.userdata"_s, u"guestinfo.vendordata"_s };
} // namespace

GuestInfoChannel::GuestInfoChannel(VSphereSession* session, VmActions* actions, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_actions(actions)
{ }

QList<std::pair<QString, QString>> GuestInfoChannel::options(const GuestInfoCodec::Values& values)
{
    const QString encoding = QString::fromLatin1(GuestInfoCodec::encodingName);
    return { { u"guestinfo.metadata"_s, QString::fromLatin1(values.metadata) },
        { u"guestinfo.metadata.encoding"_s, encoding },
        { u"guestinfo.userdata"_s, QString::fromLatin1(values.userdata) },
        { u"guestinfo.userdata.encoding"_s, encoding } };
}

QList<std::pair<QString, QString>> GuestInfoChannel::clearingOptions()
{
    QList<std::pair<QString, QString>> cleared;
    for (const QString& key : payloadKeys) {
        cleared.append({ key, QString() });
        cleared.append({ key + u".encoding"_s, QString() });
    }
    return cleared;
}

GuestInfoChannel::Decoded GuestInfoChannel::decode(const Keys& keys)
{
    Decoded decoded;
    QByteArray* targets[] = { &decoded.metadata, &decoded.userdata, &decoded.vendordata };
    for (int i = 0; i < payloadKeys.size(); ++i) {
        const QString& key = payloadKeys.at(i);
        if (!keys.contains(key)) {
            continue;
        }
        QString error;
        const auto value
            = GuestInfoCodec::decode(keys.value(key).toLatin1(), keys.value(key + u".encoding"_s).trimmed(), &error);
        if (value) {
            *targets[i] = *value;
        } else {
            decoded.problems.append(tr("%1: %2").arg(key, error));
        }
    }
    return decoded;
}

bool GuestInfoChannel::holds(const Keys& keys, const QByteArray& metadata, const QByteArray& userdata)
{
    const Decoded decoded = decode(keys);
    return decoded.problems.isEmpty() && keys.contains(u"guestinfo.metadata"_s) && decoded.metadata == metadata
        && decoded.userdata == userdata;
}

QFuture<GuestInfoChannel::Keys> GuestInfoChannel::read(const ManagedObjectRef& vm)
{
    auto promise = startedPromise<Keys>();
    if (!m_session) {
        failWith(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    whenDone<VimError>(
        m_session->retrieveProperties(vm, { u"config.extraConfig"_s }), this,
        [promise](const QHash<QString, KDSoapValue>& properties) {
            Keys keys;
            for (const KDSoapValue& option : properties.value(u"config.extraConfig"_s).childValues()) {
                const QString key = option.childValues().child(u"key"_s).value().toString();
                if (key.startsWith(u"guestinfo."_s)) {
                    keys.insert(key, option.childValues().child(u"value"_s).value().toString());
                }
            }
            promise->addResult(keys);
            promise->finish();
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<GuestInfoChannel::Keys> GuestInfoChannel::push(const ManagedObjectRef& vm, const GuestInfoCodec::Values& values)
{
    auto promise = startedPromise<Keys>();
    const QStringList problems = GuestInfoCodec::limitProblems(values);
    if (!problems.isEmpty()) {
        failWith(promise, VimError(VimError::Kind::Fault, problems.join(u'\n'), u"vmdesk.SizeLimit"_s));
        return promise->future();
    }
    if (!m_actions) {
        failWith(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    const auto metadata = GuestInfoCodec::decode(values.metadata, QString::fromLatin1(GuestInfoCodec::encodingName));
    const auto userdata = GuestInfoCodec::decode(values.userdata, QString::fromLatin1(GuestInfoCodec::encodingName));
    whenDone<VimError>(
        m_actions->setGuestInfo(vm, options(values)), this,
        [this, promise, vm, metadata, userdata]() {
            whenDone<VimError>(
                read(vm), this,
                [promise, metadata, userdata](const Keys& keys) {
                    if (!metadata || !userdata || !holds(keys, *metadata, *userdata)) {
                        failWith(promise,
                            VimError(VimError::Kind::Protocol,
                                tr("vCenter accepted the guestinfo keys, but reading them back gave different data.")));
                        return;
                    }
                    promise->addResult(keys);
                    promise->finish();
                },
                [promise](const VimError& error) { failWith(promise, error); });
        },
        [promise](const VimError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<void> GuestInfoChannel::clear(const ManagedObjectRef& vm)
{
    if (!m_actions) {
        auto promise = startedPromise<void>();
        failWith(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    return m_actions->setGuestInfo(vm, clearingOptions());
}
