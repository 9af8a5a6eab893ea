// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#endif

// Every test runs headless and isolated: offscreen widgets at 96 dpi, QSettings and other
// standard paths in Qt's test locations, never the user's own.
#ifdef QT_WIDGETS_LIB
#define VMDESK_TEST_MAIN(TestObject)                                                                                   \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        qputenv("QT_QPA_PLATFORM", "offscreen");                                                                       \
        QStandardPaths::setTestModeEnabled(true);                                                                      \
        QApplication::setAttribute(Qt::AA_Use96Dpi);                                                                   \
        QApplication app(argc, argv);                                                                                  \
        QCoreApplication::setOrganizationName(QStringLiteral("vmdesk-tests"));                                         \
        QCoreApplication::setApplicationName(QStringLiteral(#TestObject));                                             \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
#endif

#define VMDESK_TEST_GUILESS_MAIN(TestObject)                                                                           \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QStandardPaths::setTestModeEnabled(true);                                                                      \
        QCoreApplication app(argc, argv);                                                                              \
        QCoreApplication::setOrganizationName(QStringLiteral("vmdesk-tests"));                                         \
        QCoreApplication::setApplicationName(QStringLiteral(#TestObject));                                             \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
