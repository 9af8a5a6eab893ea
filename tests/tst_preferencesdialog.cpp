// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: values go to QSettings and come back, a value the schema refuses is not saved and
// the dialog says why, and the theme changes the application's palette, readably.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "preferencesdialog.h"
#include "support/contrast.h"
#include "support/testmain.h"
#include "theme.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Theme::Choice)

namespace {
template <typename T> T* field(const QDialog& dialog, const QString& name)
{
    T* widget = dialog.findChild<T*>(name);
    Q_ASSERT(widget);
    return widget;
}

QLineEdit* lineEdit(const QDialog& dialog, const QString& name)
{
    return field<QLineEdit>(dialog, name);
}

void renderIfAsked(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("VMDESK_RENDER_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
}
} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void showsTheDefaultsOfThePagesThatReadTheKeys()
    {
        const PreferencesDialog dialog;
        QCOMPARE(lineEdit(dialog, u"address"_s)->text(), u"0.0.0.0"_s);
        QCOMPARE(field<QSpinBox>(dialog, u"port"_s)->value(), 13370);
        QCOMPARE(lineEdit(dialog, u"uris"_s)->text(), u"my-metadata"_s);
        QCOMPARE(field<QComboBox>(dialog, u"key"_s)->currentData().toString(), u"name"_s);
        QCOMPARE(field<QSpinBox>(dialog, u"concurrent"_s)->value(), 2);
        QCOMPARE(field<QComboBox>(dialog, u"theme"_s)->currentData().toString(), u"system"_s);
    }

    void valuesRoundTripThroughQSettings()
    {
        PreferencesDialog dialog;
        lineEdit(dialog, u"address"_s)->setText(u"192.0.2.10"_s);
        field<QSpinBox>(dialog, u"port"_s)->setValue(2001);
        lineEdit(dialog, u"uris"_s)->setText(u"vSPC.py,my-metadata"_s);
        lineEdit(dialog, u"allowed"_s)->setText(u"10.0.0.0/8, 2001:db8::/32"_s);
        lineEdit(dialog, u"directory"_s)->setText(m_settingsDir.path());
        field<QComboBox>(dialog, u"key"_s)->setCurrentIndex(2);
        lineEdit(dialog, u"output"_s)->setText(u"/srv/exports"_s);
        field<QSpinBox>(dialog, u"concurrent"_s)->setValue(5);
        field<QComboBox>(dialog, u"theme"_s)->setCurrentIndex(2);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.problem(), QString());

        const QSettings settings;
        QCOMPARE(settings.value(u"metadata/address"_s).toString(), u"192.0.2.10"_s);
        QCOMPARE(settings.value(u"metadata/port"_s).toInt(), 2001);
        QCOMPARE(settings.value(u"metadata/uris"_s).toString(), u"vSPC.py,my-metadata"_s);
        QCOMPARE(settings.value(u"metadata/allowed"_s).toString(), u"10.0.0.0/8, 2001:db8::/32"_s);
        QCOMPARE(settings.value(u"metadata/directory"_s).toString(), m_settingsDir.path());
        QCOMPARE(settings.value(u"metadata/key"_s).toString(), u"bios-uuid"_s);
        QCOMPARE(settings.value(u"export/output"_s).toString(), u"/srv/exports"_s);
        QCOMPARE(settings.value(u"export/concurrent"_s).toInt(), 5);
        QCOMPARE(settings.value(u"appearance/theme"_s).toString(), u"dark"_s);
        QCOMPARE(Theme::saved(), Theme::Choice::Dark);

        const PreferencesDialog again;
        QCOMPARE(lineEdit(again, u"address"_s)->text(), u"192.0.2.10"_s);
        QCOMPARE(field<QSpinBox>(again, u"port"_s)->value(), 2001);
        QCOMPARE(lineEdit(again, u"allowed"_s)->text(), u"10.0.0.0/8, 2001:db8::/32"_s);
        QCOMPARE(field<QComboBox>(again, u"key"_s)->currentData().toString(), u"bios-uuid"_s);
        QCOMPARE(lineEdit(again, u"output"_s)->text(), u"/srv/exports"_s);
        QCOMPARE(field<QSpinBox>(again, u"concurrent"_s)->value(), 5);
        QCOMPARE(field<QComboBox>(again, u"theme"_s)->currentData().toString(), u"dark"_s);
    }

    void invalidValuesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::newRow("address") << u"address"_s << u"metadata.example.com"_s << u"Listen address"_s;
        QTest::newRow("uris") << u"uris"_s << u"my metadata"_s << u"Port URIs"_s;
        QTest::newRow("allowed") << u"allowed"_s << u"10.0.0.0/40"_s << u"Allowed hosts"_s;
        QTest::newRow("metadata folder") << u"directory"_s << u"relative/folder"_s << u"Metadata folder"_s;
        QTest::newRow("export folder") << u"output"_s << u"exports"_s << u"Export folder"_s;
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(QString, label);
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        lineEdit(dialog, edit)->setText(text);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problem().startsWith(label + u": "_s), qPrintable(dialog.problem()));
        QVERIFY(dialog.findChild<QLabel*>(u"problem"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), lineEdit(dialog, edit));
        QVERIFY(QSettings().allKeys().isEmpty()); // nothing saved, not even the valid fields

        lineEdit(dialog, edit)
            ->setText(edit == u"address"_s ? u"::"_s
                    : edit == u"allowed"_s ? u"10.0.0.0/8"_s
                    : edit == u"uris"_s    ? u"vSPC.py"_s
                                           : u"/srv/ok"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.problem(), QString());
    }

    void anEmptyExportFolderFallsBackToTheDefault()
    {
        QSettings().setValue(u"export/output"_s, u"/srv/old"_s);
        PreferencesDialog dialog;
        lineEdit(dialog, u"output"_s)->clear();
        dialog.accept();
        QVERIFY(!QSettings().contains(u"export/output"_s));
        QVERIFY(lineEdit(PreferencesDialog(), u"output"_s)->text().endsWith(u"/vmdesk-exports"_s));
    }

    void themesChangeTheApplicationPalette()
    {
        // The themes wrap their style in the focus frame; the style underneath is what is chosen.
        const auto styleName = [] {
            const QStyle* style = QApplication::style();
            if (const auto* proxy = qobject_cast<const QProxyStyle*>(style)) {
                style = proxy->baseStyle();
            }
            return style->name();
        };
        const QPalette desktop = QApplication::palette();
        const QString desktopStyle = styleName();
        Theme::apply(Theme::Choice::Dark);
        QCOMPARE(styleName().toLower(), u"fusion"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
        QWidget widget;
        QVERIFY(widget.palette().color(QPalette::Window).lightness() < 80); // new widgets follow
        Theme::apply(Theme::Choice::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 60);
        Theme::apply(Theme::Choice::System);
        QCOMPARE(styleName(), desktopStyle);
        QCOMPARE(QApplication::palette(), desktop);
    }

    void bothThemesAreReadable_data()
    {
        QTest::addColumn<Theme::Choice>("choice");
        QTest::newRow("light") << Theme::Choice::Light;
        QTest::newRow("dark") << Theme::Choice::Dark;
    }

    void bothThemesAreReadable()
    {
        QFETCH(Theme::Choice, choice);
        const QPalette palette = Theme::palette(choice);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[]
            = { { QPalette::Window, QPalette::WindowText }, { QPalette::Base, QPalette::Text },
                  { QPalette::AlternateBase, QPalette::Text }, { QPalette::Button, QPalette::ButtonText },
                  { QPalette::Highlight, QPalette::HighlightedText }, { QPalette::ToolTipBase, QPalette::ToolTipText },
                  { QPalette::Base, QPalette::Link }, { QPalette::Base, QPalette::LinkVisited } };
        for (const auto& [background, foreground] : pairs) {
            for (const auto group : { QPalette::Active, QPalette::Inactive }) {
                const double ratio = contrast(palette.color(group, background), palette.color(group, foreground));
                QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3"_s.arg(foreground).arg(background).arg(ratio)));
            }
            // Greyed out, but still legible (WCAG's large-text threshold).
            const double disabled = contrast(
                palette.color(QPalette::Disabled, background), palette.color(QPalette::Disabled, foreground));
            QVERIFY2(
                disabled >= 3.0, qPrintable(u"disabled %1 on %2: %3"_s.arg(foreground).arg(background).arg(disabled)));
        }
        QVERIFY(contrast(palette.color(QPalette::Base), palette.color(QPalette::PlaceholderText)) >= 3.0);
    }

    void nothingIsCutOff_data() { bothThemesAreReadable_data(); }

    void nothingIsCutOff()
    {
        QFETCH(Theme::Choice, choice);
        Theme::apply(choice);
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QWidget* child : dialog.findChildren<QWidget*>()) {
            if (child->isVisible()
                && (qobject_cast<const QLabel*>(child) || qobject_cast<const QAbstractButton*>(child)
                    || qobject_cast<const QComboBox*>(child))) {
                QVERIFY2(child->width() >= child->sizeHint().width(), qPrintable(child->objectName()));
                QVERIFY2(dialog.rect().contains(QRect(child->mapTo(&dialog, QPoint()), child->size())),
                    child->metaObject()->className());
            }
        }
        renderIfAsked(&dialog, u"preferences-"_s + Theme::name(choice));
        Theme::apply(Theme::Choice::System);
    }
};

VMDESK_TEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
