namespace Site.Export;

/// <summary>What an export wrote, and what it could not.</summary>
/// <param name="Pages">Pages, feeds, the sitemap and robots.txt, the 404 page included.</param>
/// <param name="Files">Static files: wwwroot/'s (with ASP.NET's fingerprinted names) and the posts folder's.</param>
/// <param name="Redirects">The 301s written to the redirect files.</param>
/// <param name="RedirectPages">The HTML pages written at old addresses.</param>
/// <param name="ServerOnly">Addresses left out because only a running server answers them.</param>
/// <param name="Failures">Addresses the site did not answer as expected, each with what it answered.</param>
public sealed record ExportSummary(int Pages, int Files, int Redirects, int RedirectPages, IReadOnlyList<string> ServerOnly, IReadOnlyList<string> Failures);
