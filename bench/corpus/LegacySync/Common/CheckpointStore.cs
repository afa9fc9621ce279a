#nullable disable
using System;
using System.Globalization;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace LegacySync.Common
{
    /// <summary>
    /// Remembers the last processed timestamp of each job in Parameter Store,
    /// so a reinstall of the sync server picks up where the old one stopped.
    /// </summary>
    public class CheckpointStore
    {
        private const string Prefix = "/legacy-sync/checkpoints/";

        public DateTime Get(string job)
        {
            try
            {
                var response = AwsClients.Ssm.GetParameterAsync(new GetParameterRequest { Name = Prefix + job }).Result;
                return DateTime.Parse(response.Parameter.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            }
            catch (AggregateException ex) when (ex.InnerException is ParameterNotFoundException)
            {
                return DateTime.MinValue;
            }
        }

        public void Set(string job, DateTime value)
        {
            var request = new PutParameterRequest();
            request.Name = Prefix + job;
            request.Value = value.ToString("o", CultureInfo.InvariantCulture);
            request.Type = ParameterType.String;
            request.Overwrite = true;
            AwsClients.Ssm.PutParameterAsync(request).Wait();
        }
    }
}
