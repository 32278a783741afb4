using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

/// <summary>Compiles a sample into a temp "project" folder and runs the task on it, as the build would.</summary>
internal sealed class TaskRunner : IDisposable
{
    public TaskRunner()
    {
        Output = Temp.Combine("bin", "compliance");
    }

    public TempDirectory Temp { get; } = new();

    public FakeBuildEngine Engine { get; private set; } = new();

    public string Output { get; }

    public string ProjectFile => Temp.Combine("Sample.csproj");

    public GenerateComplianceDocuments Task(string assembly, params string[] references)
    {
        Engine = new FakeBuildEngine();
        return new GenerateComplianceDocuments
        {
            BuildEngine = Engine,
            Assembly = assembly,
            OutputDirectory = Output,
            ReferencedAssemblies = references.Select(r => (ITaskItem)new TaskItem(r)).ToArray(),
            ProjectDirectory = Temp.Path,
            ProjectFile = ProjectFile,
            EvidenceRoot = Temp.Path,
            Today = "2026-05-01",
        };
    }

    public string Read(string fileName) => File.ReadAllText(Path.Combine(Output, fileName));

    public System.Collections.Generic.List<System.Collections.Generic.List<string>> ReadCsv(string fileName) => Csv.Parse(File.ReadAllBytes(Path.Combine(Output, fileName)));

    public void Dispose() => Temp.Dispose();
}
