namespace Zmd.Vocational.Certificates.Contracts;

public static class CertificatesPermissions
{
    public const string Group = "Certificates";

    /// <summary>See the 1+X certificate catalogue (every role: schools file against it).</summary>
    public const string CatalogView = "Certificates.Catalog.View";

    /// <summary>Add certificates to the catalogue and edit or retire them (bureau).</summary>
    public const string CatalogManage = "Certificates.Catalog.Manage";
}
