// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchfile.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace {
QString text(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

ExportSpec readJob(const YAML::Node& job, const ExportSpec& defaults, int index)
{
    if (!job.IsMap()) {
        throw std::runtime_error(
            QCoreApplication::translate("BatchFile", "job %1 is not a map").arg(index + 1).toStdString());
    }
    ExportSpec spec = defaults;
    // vm_path is an inventory path ("/DC/vm/folder/web-01"); the VM is its last element.
    const QString path = text(job["vm_path"]).isEmpty() ? text(job["vm"]) : text(job["vm_path"]);
    spec.vmName = path.section(QLatin1Char('/'), -1);
    if (spec.vmName.isEmpty()) {
        throw std::runtime_error(QCoreApplication::translate("BatchFile", "job %1 (%2) has no vm_path")
                                     .arg(index + 1)
                                     .arg(text(job["name"]))
                                     .toStdString());
    }
    const QString output = text(job["output_path"]).isEmpty() ? text(job["output_dir"]) : text(job["output_path"]);
    if (!output.isEmpty()) {
        spec.outputDir = output;
    }
    if (const YAML::Node options = job["options"]; options && options.IsMap()) {
        if (options["parallel_downloads"]) {
            spec.parallelDisks = qMax(1, options["parallel_downloads"].as<int>());
        }
        if (options["remove_cdrom"]) {
            spec.removeCdrom = options["remove_cdrom"].as<bool>();
        }
        if (options["remove_serial_ports"]) {
            spec.removeSerialPorts = options["remove_serial_ports"].as<bool>();
        }
        if (options["ova"]) {
            spec.ova = options["ova"].as<bool>();
        }
        if (options["shutdown"]) {
            spec.shutdownGuest = options["shutdown"].as<bool>();
        }
        if (options["priority"]) {
            spec.priority = options["priority"].as<int>();
        }
    }
    if (text(job["format"]) == QLatin1String("ova")) {
        spec.ova = true;
    }
    return spec;
}
} // namespace

QList<ExportSpec> readBatchFile(const QByteArray& yaml, const ExportSpec& defaults, QString* error)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        QList<ExportSpec> specs;
        if (const YAML::Node jobs = root["jobs"]) {
            if (!jobs.IsSequence()) {
                *error = QCoreApplication::translate("BatchFile", "jobs must be a list");
                return {};
            }
            for (std::size_t i = 0; i < jobs.size(); ++i) {
                specs.append(readJob(jobs[i], defaults, static_cast<int>(i)));
            }
        } else {
            specs.append(readJob(root, defaults, 0));
        }
        for (const ExportSpec& spec : std::as_const(specs)) {
            if (spec.outputDir.isEmpty()) {
                *error = QCoreApplication::translate("BatchFile", "%1 has no output_path").arg(spec.vmName);
                return {};
            }
        }
        return specs;
    } catch (const YAML::Exception& e) {
        *error = QCoreApplication::translate("BatchFile", "invalid YAML: %1").arg(QString::fromStdString(e.what()));
    } catch (const std::runtime_error& e) {
        *error = QString::fromStdString(e.what());
    }
    return {};
}
