// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory's VM actions follow each selected VM's state: only what fits is offered, a mixed
// selection says how many it acts on, and only those are acted on. Shift+F10 opens the menu.
#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "contextmenukey.h"
#include "inventorymodel.h"
#include "inventorypage.h"
#include "support/fakevcenterconnection.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
VmSummary vm(int i, const QString& powerState, const QString& tools)
{
    VmSummary summary;
    summary.ref = { u"VirtualMachine"_s, u"vm-%1"_s.arg(i) };
    summary.name = u"vm%1"_s.arg(i);
    summary.powerState = powerState;
    summary.toolsStatus = tools;
    summary.datacenter = u"DC0"_s;
    summary.host = u"esx1"_s;
    return summary;
}
} // namespace

class TestVmActionState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_connection = std::make_unique<FakeVCenterConnection>();
        m_model = std::make_unique<InventoryModel>(m_connection.get());
        m_page = std::make_unique<InventoryPage>(m_model.get(), m_connection.get());
        m_page->resize(1200, 600);
        m_connection->vms = {
            vm(0, u"poweredOn"_s, u"guestToolsRunning"_s),
            vm(1, u"poweredOff"_s, u"guestToolsNotRunning"_s),
            vm(2, u"suspended"_s, u"guestToolsNotRunning"_s),
            vm(3, u"poweredOn"_s, u"guestToolsNotRunning"_s),
        };
        m_connection->setState(VCenterConnection::State::Connected);
        m_connection->deliver();
        QTRY_COMPARE(m_model->rowCount(), 4);
    }

    void cleanup()
    {
        m_page.reset();
        m_model.reset();
        m_connection.reset();
    }

    void aPoweredOffVmOffersOnlyPowerOn()
    {
        select({ u"vm1"_s });
        QVERIFY(action(u"Power &On"_s)->isEnabled());
        for (const QString& text : { u"Power O&ff"_s, u"&Reset"_s, u"&Suspend"_s, u"Shut &Down Guest"_s }) {
            QVERIFY2(!action(text)->isEnabled(), qPrintable(text));
            QVERIFY(!action(text)->statusTip().isEmpty()); // says why
        }
    }

    void guestShutdownNeedsRunningTools()
    {
        select({ u"vm3"_s }); // on, but VMware Tools is not running
        QVERIFY(action(u"Power O&ff"_s)->isEnabled());
        QVERIFY(!action(u"Shut &Down Guest"_s)->isEnabled());
        QVERIFY(!action(u"Restart &Guest"_s)->isEnabled());
        QVERIFY(!action(u"Power &On"_s)->isEnabled());
    }

    void aMixedSelectionSaysHowManyAndActsOnThoseOnly()
    {
        select({ u"vm0"_s, u"vm1"_s, u"vm2"_s, u"vm3"_s });
        QAction* on = action(u"Power &On"_s);
        QCOMPARE(on->text(), u"Power &On (2 of 4)"_s);
        QSignalSpy requested(m_page.get(), &InventoryPage::powerRequested);
        on->trigger();
        QCOMPARE(requested.size(), 1);
        QStringList names = requested.at(0).at(0).toStringList();
        names.sort();
        QCOMPARE(names, (QStringList { u"vm1"_s, u"vm2"_s }));

        QAction* off = action(u"Power O&ff"_s);
        QCOMPARE(off->text(), u"Power O&ff (3 of 4)"_s); // a suspended VM can be powered off
        off->trigger();
        names = requested.at(1).at(0).toStringList();
        names.sort();
        QCOMPARE(names, (QStringList { u"vm0"_s, u"vm2"_s, u"vm3"_s }));
        QCOMPARE(action(u"Shut &Down Guest"_s)->text(), u"Shut &Down Guest (1 of 4)"_s);
    }

    void aLiveStateChangeUpdatesTheActions()
    {
        select({ u"vm1"_s });
        QVERIFY(!action(u"Power O&ff"_s)->isEnabled());
        m_connection->vms[1].powerState = u"poweredOn"_s;
        Q_EMIT m_connection->vmChanged(m_connection->vms[1]);
        QTRY_VERIFY(action(u"Power O&ff"_s)->isEnabled());
        QVERIFY(!action(u"Power &On"_s)->isEnabled());
    }

    void everyPowerActionHasAShortcutShownInTheMenus()
    {
        for (const QString& text : { u"Power &On"_s, u"Power O&ff"_s, u"&Reset"_s, u"&Suspend"_s, u"Shut &Down Guest"_s,
                 u"Restart &Guest"_s }) {
            QVERIFY2(!action(text)->shortcut().isEmpty(), qPrintable(text));
        }
    }

    void shiftF10OpensTheContextMenuAtTheCurrentRow()
    {
        ContextMenuKey key;
        qApp->installEventFilter(&key);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        select({ u"vm0"_s });
        m_page->table()->setFocus();
        QTRY_VERIFY(m_page->table()->hasFocus());
        QStringList shown;
        QTimer::singleShot(0, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (menu) {
                for (QAction* item : menu->actions()) {
                    shown.append(item->text());
                }
                menu->close();
            }
        });
        QTest::keyClick(m_page->table(), Qt::Key_F10, Qt::ShiftModifier);
        QVERIFY(shown.contains(u"Power O&ff"_s));
        qApp->removeEventFilter(&key);
    }

    void searchCompletesFieldNames()
    {
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QLineEdit* search = m_page->filter();
        search->setFocus();
        QTest::keyClicks(search, u"web ho"_s);
        auto* completer = search->findChild<QCompleter*>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), u"host:"_s);
        Q_EMIT completer->activated(completer->currentCompletion());
        QCOMPARE(search->text(), u"web host:"_s); // the word under the cursor, the rest kept
        QTest::keyClicks(search, u"esx"_s);
        QVERIFY(!completer->popup()->isVisible()); // values are free text
    }

private:
    QAction* action(const QString& text) const
    {
        for (QAction* candidate : m_page->vmActions()) {
            if (candidate->text() == text || candidate->text().startsWith(text + u" ("_s)) {
                return candidate;
            }
        }
        qFatal("no action %s", qPrintable(text));
    }

    void select(const QStringList& names)
    {
        QTableView* table = m_page->table();
        table->clearSelection();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, InventoryModel::NameColumn);
            if (names.contains(index.data().toString())) {
                table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            }
        }
    }

    std::unique_ptr<FakeVCenterConnection> m_connection;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<InventoryPage> m_page;
};

VMDESK_TEST_MAIN(TestVmActionState)
#include "tst_vmactionstate.moc"
