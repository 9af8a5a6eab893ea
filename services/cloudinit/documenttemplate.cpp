// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttemplate.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include "pyyamljson.h"
#include "yamltextedit.h"

using namespace Qt::StringLiterals;

namespace DocumentTemplate {

QByteArray starter()
{
    return QByteArrayLiteral(R"(# cloud-init data for one VM, served by vmdesk's metadata server.
metadata:
  instance-id: ""        # change it to make cloud-init run its first-boot steps again
  local-hostname: ""

# One entry per network card; leave the section out to use DHCP on eth0.
network:
  interfaces:
    - name: eth0
      dhcp4: true

userdata: |
  #cloud-config
  package_update: true
)");
}

QString hostnameFor(const QString& vmName)
{
    QString host;
    for (const QChar c : vmName.toLower()) {
        host.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : u'-');
    }
    while (host.contains(u"--"_s)) {
        host.replace(u"--"_s, u"-"_s);
    }
    host = host.left(63);
    while (host.startsWith(u'-') || host.endsWith(u'-')) {
        host = host.startsWith(u'-') ? host.mid(1) : host.chopped(1);
    }
    return host.isEmpty() ? u"localhost"_s : host;
}

QString freshInstanceId(const QString& vmName)
{
    return hostnameFor(vmName) + u'-'
        + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

std::optional<QByteArray> instantiate(const QByteArray& templateText, const QString& vmName, QString* error)
{
    const PyYamlJson::Document parsed = PyYamlJson::parse(templateText);
    if (!parsed.ok) {
        *error = parsed.error;
        return std::nullopt;
    }
    const QJsonObject metadata = parsed.value.toObject().value(u"metadata"_s).toObject();
    const QString idKey = metadata.contains(u"instance_id"_s) ? u"instance_id"_s : u"instance-id"_s;
    const QString hostKey = metadata.contains(u"hostname"_s) ? u"hostname"_s : u"local-hostname"_s;
    std::optional<QByteArray> text
        = YamlTextEdit::set(templateText, { u"metadata"_s, idKey }, freshInstanceId(vmName), error);
    if (text) {
        text = YamlTextEdit::set(*text, { u"metadata"_s, hostKey }, hostnameFor(vmName), error);
    }
    return text;
}

} // namespace DocumentTemplate
