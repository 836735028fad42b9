package org.pledgewatch.system;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's multipart limits, from {@code dashboard.upload.max-size}: the file may be exactly that
 * large, and the request around it larger by {@link UploadProperties#FORM_ALLOWANCE}, so that a file just under the
 * limit is not refused for the bytes of its part headers and form fields. (Spring Boot's own
 * {@code spring.servlet.multipart.*} limits would count those against the file.) The controllers check the file's
 * size again, whatever multipart implementation read it.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(UploadProperties limits) {
		return new MultipartConfigElement("", limits.maxSize().toBytes(), limits.maxRequestBytes(), 0);
	}

}
