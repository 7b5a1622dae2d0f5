package io.mediaflow.standalone.docs;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One HTTP method and path pattern a service's controllers answer, as Spring MVC maps it.
 */
record ServiceOperation(String service, String method, String path) {

	static List<ServiceOperation> of(String service, ApplicationContext context) {
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<ServiceOperation> operations = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					operations.add(new ServiceOperation(service, method.name(), path));
				}
			}
		}
		return operations;
	}

	@Override
	public String toString() {
		return this.method + " " + this.path + " (" + this.service + ")";
	}

}
