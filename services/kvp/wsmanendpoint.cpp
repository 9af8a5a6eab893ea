// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsmanendpoint.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WsManEndpoint", text);
}
} // namespace

QUrl WsManEndpoint::normalizedUrl(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    const auto refuse = [&](const QString& why) {
        if (error) {
            *error = why;
        }
        return QUrl();
    };
    if (trimmed.isEmpty()) {
        return refuse(tr("no address given; WinRM's is https://<host>:5986/wsman"));
    }
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return refuse(tr("\"%1\" is not an address such as https://hyperv01.example.com:5986/wsman").arg(trimmed));
    }
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s) {
        return refuse(tr("\"%1\" is not an https:// or http:// address").arg(trimmed));
    }
    if (url.port() == -1) {
        url.setPort(url.scheme() == u"https"_s ? 5986 : 5985);
    }
    if (url.path().isEmpty() || url.path() == u"/"_s) {
        url.setPath(u"/wsman"_s);
    }
    url.setUserInfo({});
    return url;
}

QString WsManEndpoint::secretKey() const
{
    return u"hyperv:"_s + user + u'@' + url.host() + u':' + QString::number(url.port());
}

QString WsManEndpoint::problem() const
{
    if (authentication == Authentication::Windows && url.scheme() == u"http"_s) {
        return tr("Windows authentication (Negotiate/NTLM) needs HTTPS: over HTTP WinRM encrypts each message with "
                  "the session key, which vmdesk does not do. Use https://…:5986, or Basic authentication.");
    }
    return {};
}
