// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "command.h"
#include "core/whendone.h"
#include "inventoryexport.h"
#include "inventoryfilter.h"
#include "inventoryfilterproxy.h"
#include "inventorymodel.h"
#include "vcenteroptions.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
// The columns named in a comma-separated list of field names (all of them if it is empty); the
// names it does not know go to `unknown`.
QList<int> columnsNamed(const InventoryModel& model, const QString& list, QStringList& unknown)
{
    QList<int> columns;
    if (list.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column) {
            columns.append(column);
        }
        return columns;
    }
    for (const QString& name : list.split(u',', Qt::SkipEmptyParts)) {
        int found = -1;
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.headerData(column, Qt::Horizontal, InventoryModel::FieldNameRole).toString() == name.trimmed()) {
                found = column;
            }
        }
        if (found < 0) {
            unknown.append(name);
        } else {
            columns.append(found);
        }
    }
    return columns;
}
} // namespace

int runInventoryCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vmdeskctl", "List the virtual machines of a vCenter."));
    parser.addHelpOption();
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("vmdeskctl", "Print JSON."));
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("vmdeskctl", "Print CSV."));
    const QCommandLineOption filterOption(u"filter"_s,
        QCoreApplication::translate("vmdeskctl", "Only VMs matching this search, e.g. \"web power:on guest:linux\"."),
        u"EXPR"_s);
    const QCommandLineOption columnsOption(u"columns"_s,
        QCoreApplication::translate("vmdeskctl", "Only these fields in JSON/CSV, e.g. name,powerState,memoryMB."),
        u"LIST"_s);
    parser.addOptions({ jsonOption, csvOption, filterOption, columnsOption });
    parser.process(arguments);

    ConnectionParameters parameters;
    QString password;
    QTextStream err(stderr);
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }
    if (const InventoryFilter filter(parser.value(filterOption)); !filter.unknownField().isEmpty()) {
        err << QCoreApplication::translate("vmdeskctl", "Unknown search field \"%1\"; known: %2")
                   .arg(filter.unknownField(), InventoryFilter::fieldNames().join(u", "_s))
            << '\n';
        return ExitUsage;
    }

    VSphereSession session;
    InventoryModel model(&session);
    QStringList unknownColumns;
    const QList<int> columns = columnsNamed(model, parser.value(columnsOption), unknownColumns);
    if (!unknownColumns.isEmpty()) {
        QStringList known;
        for (int column = 0; column < model.columnCount(); ++column) {
            known.append(model.headerData(column, Qt::Horizontal, InventoryModel::FieldNameRole).toString());
        }
        err << QCoreApplication::translate("vmdeskctl", "Unknown field \"%1\"; known: %2")
                   .arg(unknownColumns.first(), known.join(u","_s))
            << '\n';
        return ExitUsage;
    }
    InventoryFilterProxy shown;
    shown.setSourceModel(&model);
    shown.setFilterExpression(parser.value(filterOption));
    shown.sort(InventoryModel::NameColumn);

    auto finish
        = [&session](int code) { whenDone(session.logout(), &session, [code] { QCoreApplication::exit(code); }); };
    QObject::connect(&model, &InventoryModel::loadFailed, &session, [&](const QString& message) {
        err << "vmdeskctl: " << message << '\n';
        err.flush();
        finish(ExitFailure);
    });
    QObject::connect(&model, &InventoryModel::loadingChanged, &session, [&](bool loading) {
        if (loading) {
            return;
        }
        QTextStream out(stdout);
        if (parser.isSet(jsonOption)) {
            out << InventoryExport::json(shown, columns);
        } else if (parser.isSet(csvOption)) {
            out << InventoryExport::csv(shown, columns);
        } else {
            for (int row = 0; row < shown.rowCount(); ++row) {
                out << shown.index(row, InventoryModel::NameColumn).data().toString() << '\n';
            }
        }
        out.flush();
        QObject::disconnect(&model, nullptr, &session, nullptr); // only the first load is printed
        finish(ExitOk);
    });
    whenDone<VimError>(
        session.login(parameters, password), &session, [] {},
        [&](const VimError& error) {
            err << "vmdeskctl: " << error.message() << '\n';
            err.flush();
            finish(exitCodeFor(error));
        });
    return QCoreApplication::exec();
}
