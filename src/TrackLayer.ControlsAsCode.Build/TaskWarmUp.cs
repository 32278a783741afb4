using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;

namespace TrackLayer.ControlsAsCode.Build;

/// <summary>
/// Compiles the task's own code on a second thread, ahead of the thread that runs it.
/// </summary>
/// <remarks>
/// A build runs the task once, in a process that has compiled none of it (a single-project <c>dotnet build</c> runs it
/// in a new process every time): on a large assembly a third of the task's time was the JIT compiling methods as they
/// were first called. Every build reads the assembly, builds the model, renders every document and checks it, so the
/// methods compiled here are methods the task calls anyway; compiled on an otherwise idle core, they are ready, or being
/// compiled, when the task reaches them. Nothing here changes what is read or written, and a failure here only loses the
/// head start. On .NET Framework (no tiered JIT, nothing measured there) nothing is done.
/// </remarks>
internal static class TaskWarmUp
{
    /// <summary>The namespaces compiled, in the order the task needs them.</summary>
    internal static readonly IReadOnlyList<string> Namespaces = new[]
    {
        "TrackLayer.ControlsAsCode.Build.Reading",
        "TrackLayer.ControlsAsCode.Model",
        "TrackLayer.ControlsAsCode.Build.Writing",
        "TrackLayer.ControlsAsCode.Build.Writing.Layouts",
        "TrackLayer.ControlsAsCode.Build.Checks",
    };

#if NET
    private static int _started;
#endif

    /// <summary>
    /// Starts compiling in the background and returns at once; only the first call in a process does anything (a
    /// reused MSBuild node has compiled the task already).
    /// </summary>
    public static void Start()
    {
#if NET
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            // A thread of its own: after a build MSBuild's process keeps thread-pool threads busy, and queued work can wait.
            new Thread(static () => CompileAll()) { IsBackground = true, Name = "TrackLayer warm-up" }.Start();
        }
#endif
    }

    /// <summary>Compiles every non-generic method and constructor of the <see cref="Namespaces"/>; returns how many.</summary>
    internal static int CompileAll()
    {
        var compiled = 0;
        try
        {
            var types = typeof(TaskWarmUp).Assembly.GetTypes();
            foreach (var ns in Namespaces)
            {
                foreach (var type in types)
                {
                    if (type.Namespace == ns && !type.ContainsGenericParameters)
                    {
                        compiled += Compile(type);
                    }
                }
            }
        }
        catch (Exception)
        {
            // Only a head start: whatever is not compiled here is compiled when it is first called, as usual.
        }

        return compiled;
    }

    private static int Compile(Type type)
    {
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var compiled = 0;
        foreach (var method in type.GetMethods(declared))
        {
            if (!method.IsAbstract && !method.ContainsGenericParameters)
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
                compiled++;
            }
        }

        foreach (var constructor in type.GetConstructors(declared))
        {
            if (!constructor.IsStatic)
            {
                RuntimeHelpers.PrepareMethod(constructor.MethodHandle);
                compiled++;
            }
        }

        return compiled;
    }
}
