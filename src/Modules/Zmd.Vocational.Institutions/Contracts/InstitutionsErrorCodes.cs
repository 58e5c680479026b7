namespace Zmd.Vocational.Institutions.Contracts;

public static class InstitutionsErrorCodes
{
    public const string SchoolNotFound = "Institutions:SchoolNotFound";
    public const string DuplicateSchoolCode = "Institutions:DuplicateSchoolCode";
    public const string InvalidSchoolCode = "Institutions:InvalidSchoolCode";
    public const string UnknownCounty = "Institutions:UnknownCounty";
    public const string EnterpriseNotFound = "Institutions:EnterpriseNotFound";
    public const string InvalidCreditCode = "Institutions:InvalidCreditCode";
    public const string DuplicateCreditCode = "Institutions:DuplicateCreditCode";
}
