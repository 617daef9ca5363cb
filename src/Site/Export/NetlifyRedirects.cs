using System.Text;

namespace Site.Export;

/// <summary>
/// The <c>_redirects</c> file of Netlify and Cloudflare Pages: one <c>from to 301</c> line for each old address, both with
/// and without its trailing slash (Cloudflare matches them apart). Other spellings of a page's address are left to the
/// host, which both canonicalise themselves, and a line for one could send a page to itself on Netlify, which matches
/// a rule with or without its slash.
/// </summary>
public static class NetlifyRedirects
{
    public const string FileName = "_redirects";

    public static byte[] For(IEnumerable<SiteRedirect> redirects)
    {
        var text = new StringBuilder("# Every old address of the site's posts, as `dotnet Site.dll export` wrote them: 301 to the post.\n");
        foreach (var redirect in redirects.Where(redirect => redirect.IsOldAddress))
            text.Append(new PathString(redirect.From).ToUriComponent()).Append(' ').Append(new PathString(redirect.To).ToUriComponent()).Append(" 301\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
