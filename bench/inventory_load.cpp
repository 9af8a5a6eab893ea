// SPDX-License-Identifier: GPL-3.0-or-later
// bench/inventory_load: with the simulator holding many VMs, time login → fully populated
// InventoryModel, and curl fetching the same RetrievePropertiesEx/ContinueRetrievePropertiesEx
// pages (same body, same page size, same session cookie). Prints medians, their ratio, the
// longest stall of the event loop while loading, and peak RSS. Asserts nothing.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include "benchloop.h"
#include "inventorymodel.h"
#include "vsphere/vimclient.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template <typename T> bool waitFor(const QFuture<T>& future)
{
    return runUntil([&] { return future.isFinished(); }, 600000) && future.resultCount() > 0;
}

struct VmdeskRun
{
    double loadMs = 0;
    double stallMs = 0;
    int rows = 0;
};

VmdeskRun loadWithVmdesk(const QUrl& url)
{
    VSphereSession session;
    InventoryModel model(&session);
    StallMeter stalls;
    QElapsedTimer clock;
    stalls.start();
    clock.start();
    session.login({ url, u"bench"_s, {} }, u"bench"_s);
    runUntil(
        [&] {
            return session.state() == VCenterConnection::State::Connected && !model.isLoading() && model.rowCount() > 0;
        },
        600000);
    VmdeskRun run { clock.nsecsElapsed() / 1e6, stalls.stop(), model.rowCount() };
    QFuture<void> logout = session.logout();
    runUntil([&] { return logout.isFinished(); }, 60000);
    return run;
}

// What an export or `vmdeskctl vm` needs: one VM found by name (names and power states only).
double findOneByName(const QUrl& url, const QString& name)
{
    VSphereSession session;
    QFuture<void> login = session.login({ url, u"bench"_s, {} }, u"bench"_s);
    runUntil([&] { return login.isFinished(); }, 60000);
    QElapsedTimer clock;
    clock.start();
    QFuture<VmSummaryList> found = session.virtualMachinesNamed({ name });
    runUntil([&] { return found.isFinished(); }, 600000);
    const double ms = found.resultCount() == 1 && found.result().size() == 1 ? clock.nsecsElapsed() / 1e6 : -1;
    QFuture<void> logout = session.logout();
    runUntil([&] { return logout.isFinished(); }, 60000);
    return ms;
}

// curl, one process per page, each sent the body vmdesk sends; only curl's own time counts.
double loadWithCurl(const QUrl& url, int* objects)
{
    VSphereSession session;
    QFuture<void> login = session.login({ url, u"bench"_s, {} }, u"bench"_s);
    runUntil([&] { return login.isFinished(); }, 60000);
    if (session.state() != VCenterConnection::State::Connected) {
        return -1;
    }
    QFuture<KDSoapValue> view = session.containerView({ u"VirtualMachine"_s });
    if (!waitFor(view)) {
        return -1;
    }
    const ManagedObjectRef viewRef = VimClient::toReference(view.result().childValues().child(u"returnval"_s));
    QTemporaryDir work;
    QFile headers(work.filePath(u"headers"_s));
    headers.open(QIODevice::WriteOnly);
    headers.write("Content-Type: text/xml;charset=utf-8\nSOAPAction: \"urn:vim25/6.5\"\nCookie: ");
    for (const QNetworkCookie& cookie : session.client()->cookieJar()->cookiesForUrl(url)) {
        headers.write(cookie.toRawForm(QNetworkCookie::NameAndValueOnly) + "; ");
    }
    headers.write("\n");
    headers.close();

    QByteArray body = VimClient::envelope(u"RetrievePropertiesEx"_s, session.serviceContent().propertyCollector,
        VSphereSession::retrieveArguments(viewRef, u"VirtualMachine"_s, VSphereSession::virtualMachinePaths()));
    static const QRegularExpression tokenPattern(u"<token>([^<]+)</token>"_s);
    static const QRegularExpression objectPattern(u"<objects>"_s);
    double curlMs = 0;
    *objects = 0;
    while (!body.isEmpty()) {
        QFile request(work.filePath(u"body"_s));
        request.open(QIODevice::WriteOnly);
        request.write(body);
        request.close();
        QProcess curl;
        QElapsedTimer clock;
        clock.start();
        curl.start(u"curl"_s,
            { u"-s"_s, u"-H"_s, u"@"_s + headers.fileName(), u"--data-binary"_s, u"@"_s + request.fileName(), u"-o"_s,
                work.filePath(u"page"_s), url.toString() });
        curl.waitForFinished(600000);
        curlMs += clock.nsecsElapsed() / 1e6;
        QFile page(work.filePath(u"page"_s));
        page.open(QIODevice::ReadOnly);
        const QString answer = QString::fromUtf8(page.readAll());
        *objects += static_cast<int>(answer.count(objectPattern));
        const QRegularExpressionMatch token = tokenPattern.match(answer);
        body = token.hasMatch() ? VimClient::envelope(u"ContinueRetrievePropertiesEx"_s,
                   session.serviceContent().propertyCollector, { VimClient::element(u"token"_s, token.captured(1)) })
                                : QByteArray();
    }
    QFuture<void> logout = session.logout();
    runUntil([&] { return logout.isFinished(); }, 60000);
    return curlMs;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption vmsOption(u"vms"_s, u"VMs in the simulator."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Loads each way."_s, u"N"_s, u"5"_s);
    parser.addOptions({ vmsOption, roundsOption });
    parser.process(app);

    // The simulator writes a few files per VM: on tmpfs, creating 10,000 takes seconds, not minutes.
    QTemporaryDir simulatorData(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/vmdesk-bench-XXXXXX"_s : QString());
    QProcess simulator;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TMPDIR"_s, simulatorData.path());
    simulator.setProcessEnvironment(environment);
    simulator.start(QCoreApplication::applicationDirPath() + u"/vmdesk-vcsim"_s,
        { u"--vms"_s, parser.value(vmsOption), u"--clusters"_s, u"4"_s, u"--cluster-hosts"_s, u"8"_s, u"--max-page"_s,
            u"1000"_s }); // vCenter pages too
    if (!simulator.waitForReadyRead(600000)) {
        std::printf("the simulator did not start\n");
        return 1;
    }
    const QUrl url(QString::fromUtf8(simulator.readLine()).trimmed());

    QList<double> vmdeskMs;
    QList<double> stallMs;
    QList<double> curlMs;
    QList<double> findMs;
    int rows = 0;
    int curlObjects = 0;
    loadWithVmdesk(url); // warm-up: the simulator's first answers are slower
    for (int round = 0; round < parser.value(roundsOption).toInt(); ++round) {
        const VmdeskRun run = loadWithVmdesk(url);
        vmdeskMs.append(run.loadMs);
        stallMs.append(run.stallMs);
        rows = run.rows;
        curlMs.append(loadWithCurl(url, &curlObjects));
        findMs.append(findOneByName(url, u"DC0_C0_RP0_VM1"_s));
        std::printf("round %d: vmdesk %.0f ms (%d rows, longest stall %.1f ms), curl %.0f ms (%d objects)\n", round + 1,
            run.loadMs, run.rows, run.stallMs, curlMs.last(), curlObjects);
        std::fflush(stdout);
    }
    simulator.terminate();
    simulator.waitForFinished(120000);

    std::printf("\nVMs: %d in the model, %d fetched by curl\n", rows, curlObjects);
    std::printf("login → populated model: median %.0f ms\n", median(vmdeskMs));
    std::printf("curl, same pages:        median %.0f ms (all pages, process start included)\n", median(curlMs));
    std::printf("ratio vmdesk / curl:     %.2f (goal ≤ 1.5)\n", median(vmdeskMs) / median(curlMs));
    std::printf("longest event-loop stall: median %.1f ms, worst %.1f ms (goal < 50 ms)\n", median(stallMs),
        *std::max_element(stallMs.cbegin(), stallMs.cend()));
    std::printf("one VM found by name:    median %.0f ms (-1: not found)\n", median(findMs));
    std::printf("peak RSS: %.0f MiB\n", peakRssMiB());
    return 0;
}
