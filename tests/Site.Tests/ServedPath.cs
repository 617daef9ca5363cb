namespace Site.Tests;

/// <summary>
/// The path the tests' sites are served under: none here, <c>/blog</c> in Site.Tests.UnderPath, which compiles the HTTP
/// tests again with <c>UNDER_PATH</c> so that the whole suite also runs against a site served under a path. Its clients
/// put the path before each request and take it off each response, so that a test says what a root site does; what
/// does not go through them (a raw request, a file an export wrote) says where the site is with <see cref="Of"/>.
/// </summary>
public static class ServedPath
{
#if UNDER_PATH
    public const string Base = "/blog";
#else
    public const string Base = "";
#endif

    /// <summary>A site path as a client outside the test's own asks for it: <c>/blog/posts/x</c> under <c>/blog</c>.</summary>
    public static string Of(string sitePath) => Base + sitePath;
}
