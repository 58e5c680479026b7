using Zmd.Vocational.Certificates.Contracts;
using Zmd.Vocational.Certificates.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Certificates.Application.ResultDataset;

namespace Zmd.Vocational.Certificates.Application;

/// <summary>The domain rules of one result row, after Filing checked types, code lists, the ID check digit and the
/// student-number reference. Examined without trained is allowed: a student may sit the examination on their own.</summary>
internal static class ResultRules
{
    public static void Validate(FilingRow row, IRowErrors errors)
    {
        if (row.Boolean(Passed) != true)
        {
            return;
        }

        if (row.Boolean(Examined) == false)
        {
            errors.Add(nameof(CertificateResultRecord.Passed), CertificatesErrorCodes.PassedWithoutExam);
        }

        if (row.Text(CertificateNumber) is null)
        {
            errors.Add(nameof(CertificateResultRecord.CertificateNumber), CertificatesErrorCodes.NumberRequired);
        }
    }
}
