namespace Zmd.Vocational.Institutions.Contracts;

public static class InstitutionsPermissions
{
    public const string Group = "Institutions";

    public const string CountiesView = "Institutions.Counties.View";
    public const string SchoolsView = "Institutions.Schools.View";
    public const string SchoolsManage = "Institutions.Schools.Manage";
    public const string MajorsView = "Institutions.Majors.View";
    public const string EnterprisesView = "Institutions.Enterprises.View";
    public const string EnterprisesManage = "Institutions.Enterprises.Manage";
}
