// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>

#include <QSignalSpy>
#include <QTest>

#include "core/unixsignalwatcher.h"
#include "support/testmain.h"

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversSignalsOnTheEventLoop()
    {
        UnixSignalWatcher watcher { SIGUSR1, SIGUSR2 };
        QSignalSpy received(&watcher, &UnixSignalWatcher::signalReceived);
        ::raise(SIGUSR1);
        ::raise(SIGUSR2);
        QCOMPARE(received.size(), 0); // nothing happens inside the signal handler
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.at(0).at(0).toInt(), SIGUSR1);
        QCOMPARE(received.at(1).at(0).toInt(), SIGUSR2);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
