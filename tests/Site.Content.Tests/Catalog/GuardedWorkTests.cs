using System.Text.RegularExpressions;

namespace Site.Content.Tests.Catalog;

public sealed class GuardedWorkTests
{
    /// <summary>Short, for the work made to overrun it; quick work gets seconds, as a busy machine can pause any thread.</summary>
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(50);

    private static List<(string? Result, List<ContentDiagnostic> Diagnostics)> Run(TimeSpan limit, params (string Path, Func<List<ContentDiagnostic>, string?> Work)[] items) =>
        GuardedWork.Run(items, item => item.Path, limit, (item, own) => item.Work(own));

    [Fact]
    public void Each_file_keeps_its_own_result_and_diagnostics_in_order()
    {
        var results = Run(TimeSpan.FromSeconds(10),
            ("a.md", own => { own.Add(ContentDiagnostic.Warning("a.md", "typo")); return "A"; }),
            ("b.md", _ => "B"));

        Assert.Equal(["A", "B"], results.Select(r => r.Result));
        Assert.Equal(["typo"], results[0].Diagnostics.Select(d => d.Message));
        Assert.Empty(results[1].Diagnostics);
    }

    [Fact]
    public void Work_past_the_limit_is_reported_and_dropped_and_the_others_kept()
    {
        var results = Run(TimeSpan.FromSeconds(1), ("slow.md", _ => { Thread.Sleep(1500); return "late"; }), ("quick.md", _ => "Q"));

        Assert.Null(results[0].Result);
        var error = Assert.Single(results[0].Diagnostics);
        Assert.Equal(("slow.md", Severity.Error), (error.Path, error.Severity));
        Assert.Equal("took longer than 1,000 ms to read and render", error.Message);
        Assert.Equal(SourceSetting.MaxParseMilliseconds, error.Setting);
        Assert.Equal("Q", results[1].Result);
    }

    [Fact]
    public void Work_that_ends_past_its_limit_is_dropped_even_when_the_wait_ends_after_it()
    {
        // Every pool thread is busy until after the slow work has finished, so the timer that ends the wait can only
        // run late: the work's measured time has to decide.
        var busy = Enumerable.Range(0, Environment.ProcessorCount * 4)
            .Select(i => ($"busy-{i}.md", (Func<List<ContentDiagnostic>, string?>)(_ => { Thread.Sleep(150); return "done"; })));

        var results = Run(Short, [.. busy]);

        Assert.All(results, r => Assert.Null(r.Result));
        Assert.All(results, r => Assert.StartsWith("took longer than 50 ms", Assert.Single(r.Diagnostics).Message));
    }

    [Fact]
    public void A_timeout_thrown_by_the_work_itself_is_reported_as_what_it_is()
    {
        var results = Run(TimeSpan.FromSeconds(10), ("regex.md", _ => throw new RegexMatchTimeoutException("a*b", "aaa", TimeSpan.FromSeconds(1))));

        Assert.Null(results[0].Result);
        Assert.StartsWith("could not be read: ", Assert.Single(results[0].Diagnostics).Message);
    }

    [Fact]
    public void A_library_exception_is_reported_with_the_file_and_the_work_done_before_it()
    {
        var results = Run(TimeSpan.FromSeconds(10), ("deep.md", own =>
        {
            own.Add(ContentDiagnostic.Warning("deep.md", "unknown field"));
            throw new ArgumentException("depth limit exceeded");
        }));

        Assert.Null(results[0].Result);
        Assert.Equal(["unknown field", "could not be read: depth limit exceeded"], results[0].Diagnostics.Select(d => d.Message));
    }
}
