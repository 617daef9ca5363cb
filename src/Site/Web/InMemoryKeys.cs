using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Site.Web;

/// <summary>
/// Data-protection keys kept in memory only. Razor Pages brings antiforgery, whose key ring is created at startup and,
/// by default, written under HOME; the site has no forms, cookies or sessions that need a key to outlive the process,
/// and the container's file system is read-only. Keys never leave memory, so they need no encryption at rest.
/// </summary>
public sealed class InMemoryKeys : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    public static void Use(KeyManagementOptions options)
    {
        options.XmlRepository = new InMemoryKeys();
        options.XmlEncryptor = new NullXmlEncryptor();
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements) return [.. _elements.Select(element => new XElement(element))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements) _elements.Add(new XElement(element));
    }
}
