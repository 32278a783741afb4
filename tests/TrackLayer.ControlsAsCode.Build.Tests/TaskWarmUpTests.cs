using System.Linq;
using TrackLayer.ControlsAsCode.Build;

namespace TrackLayer.ControlsAsCode.Build.Tests;

public class TaskWarmUpTests
{
    [Fact]
    public void Every_namespace_it_compiles_exists_so_a_rename_cannot_silently_turn_it_off()
    {
        var namespaces = typeof(TaskWarmUp).Assembly.GetTypes().Select(t => t.Namespace).ToHashSet();

        Assert.All(TaskWarmUp.Namespaces, ns => Assert.Contains(ns, namespaces));
    }

    [Fact]
    public void Compiles_the_task_code_without_throwing()
    {
        // Hundreds of methods: the readers, the model, every writer and layout, the checks.
        Assert.True(TaskWarmUp.CompileAll() > 300);
    }
}
