// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the main window, on every page and in the docks, has a name a screen reader
// can say: its text, its label (buddy) or an accessible name.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>
#include <QTest>
#include <QTextEdit>

#include "export/exportqueue.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
bool isControl(const QWidget* widget)
{
    if (widget->focusPolicy() == Qt::NoFocus) {
        return false;
    }
    // Parts of a composite control are named through the control itself.
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)) {
            return false;
        }
    }
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
        || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractSlider*>(widget);
}

QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        path.prepend(u"%1(%2)"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return path.join(u" > "_s);
}
} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void everyControlHasAnAccessibleName()
    {
        VSphereSession session;
        MemorySecretStore secrets;
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        ExportQueue queue(&session, QString());
        VmActions actions(&session);
        MainWindow window({ &session, &secrets, nullptr, &server, &registry, &queue, &actions });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int checked = 0;
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (!isControl(widget)) {
                continue;
            }
            ++checked;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                unnamed.append(describe(widget));
            }
        }
        QVERIFY2(checked > 40, qPrintable(u"only %1 controls found"_s.arg(checked)));
        for (const QString& path : std::as_const(unnamed)) {
            qWarning().noquote() << "no accessible name:" << path; // QTest cuts long messages
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 controls without a name, listed above"_s.arg(unnamed.size())));
    }
};

VMDESK_TEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
