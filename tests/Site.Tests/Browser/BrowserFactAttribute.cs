namespace Site.Tests.Browser;

/// <summary>
/// A test that needs Debian's Chromium. Without it the test is skipped with a message that says how to install it;
/// with CI=true it runs anyway and fails, so that CI can never pass without its browser tests.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ChromiumBrowser.SkipReason is { } reason) Skip = reason;
    }
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (ChromiumBrowser.SkipReason is { } reason) Skip = reason;
    }
}
