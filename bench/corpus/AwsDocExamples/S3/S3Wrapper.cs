using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace AwsDocExamples.S3;

/// <summary>
/// Encapsulates the Amazon S3 actions used by the S3 basics scenario.
/// </summary>
public class S3Wrapper
{
    private readonly IAmazonS3 _amazonS3;

    /// <summary>
    /// Initializes a new instance of the <see cref="S3Wrapper"/> class.
    /// </summary>
    /// <param name="amazonS3">An initialized Amazon S3 client.</param>
    public S3Wrapper(IAmazonS3 amazonS3)
    {
        _amazonS3 = amazonS3;
    }

    /// <summary>
    /// Create a new Amazon S3 bucket.
    /// </summary>
    /// <param name="bucketName">The name of the bucket to create.</param>
    /// <returns>True if the bucket was created.</returns>
    public async Task<bool> CreateBucketAsync(string bucketName)
    {
        try
        {
            var request = new PutBucketRequest
            {
                BucketName = bucketName,
                UseClientRegion = true,
            };

            var response = await _amazonS3.PutBucketAsync(request);
            return response.HttpStatusCode == HttpStatusCode.OK;
        }
        catch (BucketAlreadyOwnedByYouException)
        {
            Console.WriteLine($"You already own the bucket {bucketName}.");
            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error creating bucket: '{ex.Message}'");
            return false;
        }
    }

    /// <summary>
    /// Create a bucket in a specific Region, with versioning turned on.
    /// </summary>
    public async Task<bool> CreateVersionedBucketAsync(string bucketName, S3Region region)
    {
        try
        {
            await _amazonS3.PutBucketAsync(new PutBucketRequest
            {
                BucketName = bucketName,
                BucketRegion = region,
            });

            await _amazonS3.PutBucketVersioningAsync(new PutBucketVersioningRequest
            {
                BucketName = bucketName,
                VersioningConfig = new S3BucketVersioningConfig
                {
                    Status = VersionStatus.Enabled,
                },
            });

            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error creating versioned bucket {bucketName}: {ex.ErrorCode} {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Upload a file from the local computer to an Amazon S3 bucket.
    /// </summary>
    /// <param name="bucketName">The Amazon S3 bucket to upload the file to.</param>
    /// <param name="objectName">The object key to save the file as.</param>
    /// <param name="filePath">The path, on the local computer, of the file to upload.</param>
    /// <returns>True if the file was uploaded.</returns>
    public async Task<bool> UploadFileAsync(string bucketName, string objectName, string filePath)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucketName,
            Key = objectName,
            FilePath = filePath,
        };

        var response = await _amazonS3.PutObjectAsync(request);
        if (response.HttpStatusCode == HttpStatusCode.OK)
        {
            Console.WriteLine($"Successfully uploaded {objectName} to {bucketName}.");
            return true;
        }

        Console.WriteLine($"Could not upload {objectName} to {bucketName}.");
        return false;
    }

    /// <summary>
    /// Upload text content as an object, encrypted with an AWS KMS key.
    /// </summary>
    public async Task<string?> PutTextObjectWithKmsAsync(string bucketName, string key, string content, string kmsKeyId)
    {
        try
        {
            var response = await _amazonS3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucketName,
                Key = key,
                ContentBody = content,
                ContentType = "text/plain",
                ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyId,
            });

            return response.ETag;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error uploading {key}: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Shows how to download an object from an Amazon S3 bucket to the local computer.
    /// </summary>
    /// <param name="bucketName">The name of the bucket where the object is stored.</param>
    /// <param name="objectName">The name of the object to download.</param>
    /// <param name="filePath">The path, including filename, where the downloaded object will be stored.</param>
    /// <returns>A boolean value indicating the success or failure of the download process.</returns>
    public async Task<bool> DownloadObjectFromBucketAsync(string bucketName, string objectName, string filePath)
    {
        var request = new GetObjectRequest
        {
            BucketName = bucketName,
            Key = objectName,
        };

        using GetObjectResponse response = await _amazonS3.GetObjectAsync(request);

        try
        {
            // Save object to local file
            await response.WriteResponseStreamToFileAsync($"{filePath}\\{objectName}", true, System.Threading.CancellationToken.None);
            return response.HttpStatusCode == HttpStatusCode.OK;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error saving {objectName}: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Reads an object's contents as a string.
    /// </summary>
    public async Task<string> ReadObjectDataAsync(string bucketName, string keyName)
    {
        string responseBody;
        var request = new GetObjectRequest
        {
            BucketName = bucketName,
            Key = keyName,
        };

        using (GetObjectResponse response = await _amazonS3.GetObjectAsync(request))
        using (Stream responseStream = response.ResponseStream)
        using (StreamReader reader = new StreamReader(responseStream))
        {
            string title = response.Metadata["x-amz-meta-title"];
            string contentType = response.Headers["Content-Type"];
            Console.WriteLine($"Object metadata, Title: {title}");
            Console.WriteLine($"Content type: {contentType}");

            responseBody = await reader.ReadToEndAsync();
        }

        return responseBody;
    }

    /// <summary>
    /// Copies an object in an Amazon S3 bucket to a folder within the same bucket.
    /// </summary>
    /// <param name="bucketName">The name of the Amazon S3 bucket where the object to copy is located.</param>
    /// <param name="objectName">The object to be copied.</param>
    /// <param name="folderName">The folder to which the object will be copied.</param>
    /// <returns>A boolean value that indicates the success or failure of the copy operation.</returns>
    public async Task<bool> CopyObjectInBucketAsync(string bucketName, string objectName, string folderName)
    {
        try
        {
            var request = new CopyObjectRequest
            {
                SourceBucket = bucketName,
                SourceKey = objectName,
                DestinationBucket = bucketName,
                DestinationKey = $"{folderName}\\{objectName}",
            };
            var response = await _amazonS3.CopyObjectAsync(request);
            return response.HttpStatusCode == HttpStatusCode.OK;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error copying object: '{ex.Message}'");
            return false;
        }
    }

    /// <summary>
    /// Shows how to list the objects in an Amazon S3 bucket.
    /// </summary>
    /// <param name="bucketName">The name of the bucket for which to list the contents.</param>
    /// <returns>A boolean value indicating the success or failure of the copy operation.</returns>
    public async Task<bool> ListBucketContentsAsync(string bucketName)
    {
        try
        {
            var request = new ListObjectsV2Request
            {
                BucketName = bucketName,
                MaxKeys = 5,
            };

            Console.WriteLine("--------------------------------------");
            Console.WriteLine($"Listing the contents of {bucketName}:");
            Console.WriteLine("--------------------------------------");

            var listObjectsV2Paginator = _amazonS3.Paginators.ListObjectsV2(request);

            await foreach (var response in listObjectsV2Paginator.Responses)
            {
                Console.WriteLine($"HttpStatusCode: {response.HttpStatusCode}");
                Console.WriteLine($"Number of Keys: {response.KeyCount}");
                foreach (var entry in response.S3Objects ?? new List<S3Object>())
                {
                    Console.WriteLine($"Key = {entry.Key} Size = {entry.Size}");
                }
            }

            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error encountered on server. Message:'{ex.Message}' getting list of objects.");
            return false;
        }
    }

    /// <summary>
    /// Lists the buckets owned by the caller.
    /// </summary>
    public async Task<List<S3Bucket>> ListBucketsAsync()
    {
        var buckets = new List<S3Bucket>();
        var paginator = _amazonS3.Paginators.ListBuckets(new ListBucketsRequest());
        await foreach (var bucket in paginator.Buckets)
        {
            buckets.Add(bucket);
        }

        return buckets;
    }

    /// <summary>
    /// Generates a presigned URL that can be used to download an object without credentials.
    /// </summary>
    public string GeneratePresignedUrl(string bucketName, string objectKey, double duration)
    {
        string urlString = string.Empty;
        try
        {
            var request = new GetPreSignedUrlRequest
            {
                BucketName = bucketName,
                Key = objectKey,
                Expires = DateTime.UtcNow.AddHours(duration),
            };
            urlString = _amazonS3.GetPreSignedURL(request);
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error:'{ex.Message}'");
        }

        return urlString;
    }

    /// <summary>
    /// Turns on default encryption for the bucket with the given KMS key.
    /// </summary>
    public async Task<bool> SetBucketDefaultEncryptionAsync(string bucketName, string kmsKeyId)
    {
        try
        {
            await _amazonS3.PutBucketEncryptionAsync(new PutBucketEncryptionRequest
            {
                BucketName = bucketName,
                ServerSideEncryptionConfiguration = new ServerSideEncryptionConfiguration
                {
                    ServerSideEncryptionRules = new List<ServerSideEncryptionRule>
                    {
                        new ServerSideEncryptionRule
                        {
                            ServerSideEncryptionByDefault = new ServerSideEncryptionByDefault
                            {
                                ServerSideEncryptionAlgorithm = ServerSideEncryptionMethod.AWSKMS,
                                ServerSideEncryptionKeyManagementServiceKeyId = kmsKeyId,
                            },
                            BucketKeyEnabled = true,
                        },
                    },
                },
            });
            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Could not set default encryption on {bucketName}: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Uploads a large file with the transfer utility, which splits it into parts.
    /// </summary>
    public async Task<bool> UploadLargeFileAsync(string bucketName, string keyName, string filePath)
    {
        try
        {
            using var transferUtility = new TransferUtility(_amazonS3);
            var uploadRequest = new TransferUtilityUploadRequest
            {
                BucketName = bucketName,
                Key = keyName,
                FilePath = filePath,
                PartSize = 8 * 1024 * 1024,
                StorageClass = S3StorageClass.StandardInfrequentAccess,
            };
            uploadRequest.UploadProgressEvent += (_, args) =>
                Console.Write($"\r{args.TransferredBytes}/{args.TotalBytes} bytes ({args.PercentDone}%)");

            await transferUtility.UploadAsync(uploadRequest);
            Console.WriteLine();
            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error uploading {keyName}: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Downloads all objects under a prefix to a local directory.
    /// </summary>
    public async Task<bool> DownloadDirectoryAsync(string bucketName, string s3Prefix, string localPath)
    {
        try
        {
            using var transferUtility = new TransferUtility(_amazonS3);
            await transferUtility.DownloadDirectoryAsync(new TransferUtilityDownloadDirectoryRequest
            {
                BucketName = bucketName,
                S3Directory = s3Prefix,
                LocalDirectory = localPath,
            });
            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error downloading {s3Prefix}: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Delete all of the objects stored in an existing Amazon S3 bucket.
    /// </summary>
    /// <param name="bucketName">The name of the bucket from which the contents will be deleted.</param>
    /// <returns>A boolean value that represents the success or failure of deleting all of the objects in the bucket.</returns>
    public async Task<bool> DeleteBucketContentsAsync(string bucketName)
    {
        // Iterate over the contents of the bucket and delete all objects.
        var request = new ListObjectsV2Request
        {
            BucketName = bucketName,
        };

        try
        {
            ListObjectsV2Response response;

            do
            {
                response = await _amazonS3.ListObjectsV2Async(request);
                var objects = response.S3Objects ?? new List<S3Object>();
                if (objects.Count > 0)
                {
                    await _amazonS3.DeleteObjectsAsync(new DeleteObjectsRequest
                    {
                        BucketName = bucketName,
                        Objects = objects.Select(o => new KeyVersion { Key = o.Key }).ToList(),
                    });
                }

                // If the response is truncated, set the request ContinuationToken
                // from the NextContinuationToken property of the response.
                request.ContinuationToken = response.NextContinuationToken;
            }
            while (response.IsTruncated == true);

            return true;
        }
        catch (AmazonS3Exception ex)
        {
            Console.WriteLine($"Error deleting objects: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// Shows how to delete an Amazon S3 bucket.
    /// </summary>
    /// <param name="bucketName">The name of the Amazon S3 bucket to delete.</param>
    /// <returns>A boolean value that represents the success or failure of the delete operation.</returns>
    public async Task<bool> DeleteBucketAsync(string bucketName)
    {
        var request = new DeleteBucketRequest
        {
            BucketName = bucketName,
        };

        var response = await _amazonS3.DeleteBucketAsync(request);
        return response.HttpStatusCode == HttpStatusCode.NoContent;
    }
}
