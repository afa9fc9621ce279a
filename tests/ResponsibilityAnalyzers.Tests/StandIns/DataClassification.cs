namespace ResponsibilityAnalyzers.Tests.StandIns;

/// <summary>
/// Stand-ins for the libraries that say what data is, which the .NET 8 reference assemblies of the tests do not hold
/// (System.ComponentModel.DataAnnotations, which they do hold, is used as is): Microsoft.Extensions.Compliance.Abstractions
/// (DataClassificationAttribute), Microsoft.Extensions.Identity.Stores (PersonalDataAttribute) and
/// Microsoft.AspNetCore.Http.Features/Abstractions (IFormFile, HttpRequest). Namespaces, type names and members
/// follow the published APIs; only what the rules and tests touch is declared. Not the real assemblies.
/// </summary>
public static class DataClassification
{
    public const string Source = """
        // Stand-in: mirrors the public API of Microsoft.Extensions.Compliance.Abstractions, Microsoft.Extensions.Identity.Stores
        // and Microsoft.AspNetCore.Http (IFormFile, HttpRequest); not the real assemblies.
        namespace Microsoft.Extensions.Compliance.Classification
        {
            using System;

            public readonly struct DataClassification
            {
                public DataClassification(string taxonomyName, string value) { TaxonomyName = taxonomyName; Value = value; }
                public string TaxonomyName { get; }
                public string Value { get; }
            }

            [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
            public abstract class DataClassificationAttribute : Attribute
            {
                protected DataClassificationAttribute(DataClassification classification) => Classification = classification;
                public DataClassification Classification { get; }
                public string Notes { get; set; } = string.Empty;
            }
        }

        namespace Microsoft.AspNetCore.Identity
        {
            using System;

            [AttributeUsage(AttributeTargets.Property)]
            public class PersonalDataAttribute : Attribute { }

            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }

        namespace Microsoft.AspNetCore.Http
        {
            using System.Collections.Generic;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;

            public interface IFormFile
            {
                string ContentType { get; }
                string FileName { get; }
                long Length { get; }
                string Name { get; }
                Stream OpenReadStream();
                void CopyTo(Stream target);
                Task CopyToAsync(Stream target, CancellationToken cancellationToken = default);
            }

            public interface IFormFileCollection : IReadOnlyList<IFormFile>
            {
                IFormFile? GetFile(string name);
            }

            public interface IFormCollection
            {
                IFormFileCollection Files { get; }
            }

            public abstract class HttpRequest
            {
                public abstract Stream Body { get; set; }
                public abstract string? ContentType { get; set; }
                public abstract IFormCollection Form { get; set; }
            }
        }
        """;
}
